import { getTranslations } from 'next-intl/server';
import { TrackPanel } from '@/components/reports/track-panel';
import { ATTACHMENT_LIMITS } from '@/lib/attachments/sanitize';
import { trackAction } from './actions';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('track');

export default async function TrackPage() {
  const t = await getTranslations('track');
  return (
    <section className="mx-auto max-w-2xl">
      <h1 className="text-2xl font-bold print:hidden">{t('title')}</h1>
      <p className="mt-3 leading-7 text-muted print:hidden">{t('intro')}</p>
      <TrackPanel action={trackAction} maxFiles={ATTACHMENT_LIMITS.maxFiles} />
    </section>
  );
}
