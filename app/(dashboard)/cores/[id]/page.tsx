import { CoreManager } from '@/components/cores/core-manager';
import { loadPage } from '@/lib/auth/guard';
import { getCoreForManager } from '@/lib/cores/get-core-for-manager';
import { currentLocale } from '@/lib/i18n/current-locale';
import { memberMoveAction } from '../actions';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('cores', 'managePageTitle');
import { withFallbackPages } from '@/app/fallback-pages';

export default withFallbackPages(async function CorePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: core } = await loadPage({ returnTo: `/cores/${id}`, permission: 'core:manage', load: (actor) => getCoreForManager({ actor, coreId: id }) });
  return <CoreManager core={core} locale={await currentLocale()} move={memberMoveAction} />;
});
