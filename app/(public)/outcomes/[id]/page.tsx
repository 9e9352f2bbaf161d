import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { withFallbackPages } from '@/app/fallback-pages';
import { OutcomeCard } from '@/components/outcomes/outcome-card';
import { isAppError } from '@/lib/errors';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { getPublicOutcome } from '@/lib/outcomes/get-public-outcome';

export const generateMetadata = titled('outcomesPage', 'outcomeTitle');

/** `/outcomes/<id>`: one published outcome (its own random id); unknown, malformed or unpublished → 404. */
export default withFallbackPages(async function OutcomePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const locale = await currentLocale();
  const outcome = await getPublicOutcome({ id, locale }).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  const t = await getTranslations('outcomesPage');
  return (
    <div className="mx-auto max-w-2xl space-y-4">
      <p>
        <Link href="/outcomes" className="inline-flex min-h-11 items-center text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('outcomeTitle')}</h1>
      <OutcomeCard outcome={outcome} headingLevel={2} />
    </div>
  );
});
