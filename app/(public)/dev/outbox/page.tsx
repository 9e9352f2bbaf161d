import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { OutboxList } from '@/components/dev/outbox-list';
import { currentLocale } from '@/lib/i18n/current-locale';
import { devOutboxEnabled, listOutbox } from '@/lib/notify/deliver';
import { withFallbackPages } from '@/app/fallback-pages';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { robots: { index: false } };

/** Development and demo only (SAJAM_DEV_OUTBOX): what the SMS and e-mail adapters were asked to send. */
export default withFallbackPages(async function DevOutboxPage() {
  if (!devOutboxEnabled()) notFound();
  const [t, messages, locale] = await Promise.all([getTranslations('devOutbox'), listOutbox(), currentLocale()]);
  return (
    <section className="mx-auto max-w-3xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 leading-7 text-muted">{t('intro')}</p>
      <OutboxList messages={messages} locale={locale} />
    </section>
  );
});
