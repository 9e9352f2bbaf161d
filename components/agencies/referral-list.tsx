import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { CaseNumber } from '@/components/reports/case-number';
import { formatDateTime, formatDueDay, localized, type Locale } from '@/lib/i18n/format';
import type { ReferralListItem } from '@/lib/agencies/list-referrals';

type Props = { items: readonly ReferralListItem[]; locale: Locale; href: (item: ReferralListItem) => string; showAgency: boolean; next: string | null };

/** A page of referrals, one card each: case number, state, agency, place, due date (overdue marked). */
export async function ReferralList({ items, locale, href, showAgency, next }: Props) {
  const t = await getTranslations('agency');
  if (items.length === 0) return <p className="rounded-xl bg-slate-50 p-4 text-muted">{t('empty')}</p>;
  return (
    <>
      <ul className="space-y-3" data-testid="referral-list">
        {items.map((r) => (
          <li key={r.id} className="rounded-xl border border-slate-200 bg-white p-4">
            <Link href={href(r)} className="font-semibold text-brand-800 underline">
              {r.caseNumber ? <CaseNumber value={r.caseNumber} locale={locale} /> : r.reportId} · {localized(r.category, locale)}
            </Link>
            <p className="mt-1 text-sm">
              <strong>{t(`statuses.${r.status}`)}</strong>
              {showAgency ? (
                <>
                  {' · '}
                  <bdi>{localized(r.agency, locale)}</bdi>
                </>
              ) : null}
              {' · '}
              {localized(r.province, locale)}
            </p>
            <p className="mt-1 text-sm text-muted">
              {t('referredAt', { date: formatDateTime(r.referredAt, locale) })}
              {r.dueAt ? <> · {t(r.status === 'PENDING' ? 'acknowledgeDue' : 'answerDue', { date: formatDueDay(r.dueAt, locale) })}</> : null}
              {r.overdue ? <span className="ms-2 rounded bg-red-700 px-2 py-0.5 text-white">{t('overdueBadge')}</span> : null}
              {r.escalated ? <span className="ms-2 rounded bg-amber-700 px-2 py-0.5 text-white">{t('escalatedBadge')}</span> : null}
            </p>
            <p className="mt-2 text-sm">
              <bdi>{r.excerpt}</bdi>
            </p>
          </li>
        ))}
      </ul>
      {next ? (
        <p className="mt-4">
          <Link href={next} className="text-brand-800 underline">
            {t('more')}
          </Link>
        </p>
      ) : null}
    </>
  );
}
