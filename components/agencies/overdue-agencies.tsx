import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CaseNumber } from '@/components/reports/case-number';
import { formatNumber, localized, type Locale } from '@/lib/i18n/format';
import type { OverdueAgency } from '@/lib/agencies/list-overdue-agencies';

/** The national office's "overdue agencies" table: per agency, how many referrals are late and the oldest one. */
export async function OverdueAgencies({ agencies, locale }: { agencies: readonly OverdueAgency[]; locale: Locale }) {
  const t = await getTranslations('agency');
  if (agencies.length === 0) return <p className="rounded-xl bg-slate-50 p-4 text-muted">{t('noOverdueAgencies')}</p>;
  return (
    <section aria-labelledby="overdue-agencies-title" className="overflow-x-auto">
      <h2 id="overdue-agencies-title" className="font-bold">
        {t('overdueAgencies')}
      </h2>
      <table className="mt-2 w-full text-sm" data-testid="overdue-agencies">
        <thead>
          <tr className="text-start">
            <th scope="col" className="p-2 text-start">
              {t('agency')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('overdue')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('overdueAcknowledge')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('escalatedBadge')}
            </th>
            <th scope="col" className="p-2 text-start">
              {t('oldest')}
            </th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.agencyId} className="border-t border-slate-200">
              <th scope="row" className="p-2 text-start font-medium">
                <bdi>{localized(a, locale)}</bdi>
              </th>
              <td className="p-2">{formatNumber(a.overdue, locale)}</td>
              <td className="p-2">{formatNumber(a.awaitingAcknowledgement, locale)}</td>
              <td className="p-2">{formatNumber(a.escalated, locale)}</td>
              <td className="p-2">
                <Link href={`/reports/${a.oldest.reportId}#referral-${a.oldest.referralId}`} className="text-brand-800 underline">
                  {a.oldest.caseNumber ? <CaseNumber value={a.oldest.caseNumber} locale={locale} /> : a.oldest.reportId}
                </Link>{' '}
                ({t('daysLate', { days: a.oldest.daysOverdue })})
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
