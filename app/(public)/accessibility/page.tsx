import { titled } from '@/lib/i18n/page-title';
import { infoPage } from '../info-page';

export const generateMetadata = titled('infoPages', 'accessibility');

export default infoPage('accessibility');
