import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDate, formatDateTime, type Locale, localized, tehranToday } from '@/lib/i18n/format';
import type { ReportStatus } from '@/lib/workflow/transitions';
import { CaseNumber } from './case-number';

export type ReportListItem = {
  id: string;
  kind: string;
  status: ReportStatus;
  submittedAt: Date;
  category: { name: string; nameEn: string };
  excerpt?: string;
  overdue?: boolean;
  /** Escalated to this reader's level after the stage's deadline passed. */
  escalated?: boolean;
  /** Reviewers open the report; a member follows their own on /track. */
  href?: string;
  /** Staff queues: the case number, the stage's deadline, the place and who works on it. */
  caseNumber?: string | null;
  deadline?: Date | null;
  province?: { name: string; nameEn: string };
  county?: { name: string; nameEn: string } | null;
  placeDescription?: string | null;
  assignee?: { id: string; name: string } | null;
};

const DAY = 86_400_000;

export async function ReportList({
  title,
  empty,
  items,
  locale,
  now = new Date(),
}: {
  title: string;
  empty: string;
  items: ReportListItem[];
  locale: Locale;
  now?: Date;
}) {
  const [status, kinds, t] = await Promise.all([getTranslations('status'), getTranslations('reportForm.kinds'), getTranslations('review')]);
  // Whole Tehran calendar days since the case came in.
  const waited = (at: Date) => Math.max(0, Math.round((tehranToday(now).getTime() - tehranToday(at).getTime()) / DAY));
  return (
    <section aria-labelledby="report-list-title">
      <h2 id="report-list-title" className="text-lg font-bold">
        {title}
      </h2>
      {items.length === 0 ? (
        <div className="mt-3">
          <EmptyState title={empty} body="" />
        </div>
      ) : (
        <ul className="mt-3 space-y-3">
          {items.map((r) => (
            <li key={r.id} className={`rounded-xl border bg-white p-4 ${r.overdue ? 'border-red-700' : 'border-slate-200'}`}>
              <p className="flex flex-wrap items-center gap-2 text-sm">
                <strong>
                  {kinds(r.kind)} · {localized(r.category, locale)}
                </strong>
                <span className="rounded bg-slate-100 px-2 py-0.5">{status(r.status)}</span>
                {r.overdue ? <span className="rounded bg-red-700 px-2 py-0.5 text-white">{t('overdue')}</span> : null}
                {r.escalated ? <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-900">{t('escalated')}</span> : null}
                <span className="text-muted">{formatDate(r.submittedAt, locale)}</span>
              </p>
              {r.caseNumber !== undefined ? (
                <dl className="mt-2 grid gap-x-4 gap-y-1 text-xs sm:grid-cols-2">
                  {r.caseNumber ? (
                    <div className="flex gap-1">
                      <dt className="text-muted">{t('caseNumber')}</dt>
                      <dd>
                        <CaseNumber value={r.caseNumber} locale={locale} />
                      </dd>
                    </div>
                  ) : null}
                  <div className="flex gap-1">
                    <dt className="text-muted">{t('waiting')}</dt>
                    <dd>{t('waitingDays', { days: waited(r.submittedAt) })}</dd>
                  </div>
                  {r.deadline ? (
                    <div className="flex gap-1">
                      <dt className="text-muted">{t('deadlineShort')}</dt>
                      <dd className={r.overdue ? 'font-semibold text-red-800' : undefined}>{formatDateTime(r.deadline, locale)}</dd>
                    </div>
                  ) : null}
                  {r.province ? (
                    <div className="flex gap-1">
                      <dt className="text-muted">{t('place')}</dt>
                      <dd>
                        {localized(r.province, locale)}
                        {r.county ? ` · ${localized(r.county, locale)}` : ''}
                        {r.placeDescription ? (
                          <>
                            {' · '}
                            <bdi>{r.placeDescription}</bdi>
                          </>
                        ) : null}
                      </dd>
                    </div>
                  ) : null}
                  <div className="flex gap-1">
                    <dt className="text-muted">{t('assigneeShort')}</dt>
                    <dd>{r.assignee ? <bdi>{r.assignee.name}</bdi> : t('unassignedShort')}</dd>
                  </div>
                </dl>
              ) : null}
              {r.excerpt ? (
                <p dir="auto" className="mt-2 text-sm leading-7">
                  {r.excerpt}
                </p>
              ) : null}
              {r.href ? (
                <Link href={r.href} className="mt-2 inline-flex min-h-11 min-w-11 items-center font-medium text-brand-800 underline">
                  {t('open')}
                  <span className="sr-only"> {r.excerpt?.slice(0, 40)}</span>
                </Link>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
