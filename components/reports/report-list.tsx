import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDate, type Locale, localized } from '@/lib/i18n/format';
import type { ReportStatus } from '@/lib/workflow/transitions';

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
};

export async function ReportList({ title, empty, items, locale }: { title: string; empty: string; items: ReportListItem[]; locale: Locale }) {
  const [status, kinds, t] = await Promise.all([getTranslations('status'), getTranslations('reportForm.kinds'), getTranslations('review')]);
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
