import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { formatDate, formatDateTime, type Locale, localized } from '@/lib/i18n/format';

type Named = { name: string; nameEn: string };
export type ReportFactsProps = {
  report: {
    submittedAt: Date;
    incidentDate: Date | null;
    placeDescription: string | null;
    description: string;
    province: Named;
    county: Named | null;
    topic: { title: string; titleEn: string } | null;
    attachments: { id: string; mimeType: string }[];
  };
  locale: Locale;
  /** Rows only some viewers get (who sent it, whether they want contact), placed first. */
  children?: ReactNode;
};

/** The facts of a report both reviewers and agencies see: when, where, what, and its attachments. */
export async function ReportFacts({ report, locale, children }: ReportFactsProps) {
  const t = await getTranslations('review');
  const name = (x: Named | null) => (x ? localized(x, locale) : null);
  return (
    <>
      <dl className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        {children}
        <div>
          <dt className="text-muted">{t('submittedAt')}</dt>
          <dd>{formatDateTime(report.submittedAt, locale)}</dd>
        </div>
        <div>
          <dt className="text-muted">{t('where')}</dt>
          <dd>
            {[name(report.province), name(report.county)].filter(Boolean).join('، ')}
            {report.placeDescription ? (
              <>
                {'، '}
                <bdi>{report.placeDescription}</bdi>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt className="text-muted">{t('incidentDate')}</dt>
          <dd>{report.incidentDate ? formatDate(report.incidentDate, locale) : '—'}</dd>
        </div>
        {report.topic ? (
          <div>
            <dt className="text-muted">{t('topic')}</dt>
            <dd>{localized(report.topic, locale)}</dd>
          </div>
        ) : null}
      </dl>

      <section aria-labelledby="body-title" className="rounded-xl bg-white p-4">
        <h2 id="body-title" className="font-bold">
          {t('body')}
        </h2>
        <p dir="auto" className="mt-2 whitespace-pre-line leading-8">
          {report.description}
        </p>
        {report.attachments.length ? (
          <ul className="mt-3 flex flex-wrap gap-2">
            {report.attachments.map((a, i) => (
              <li key={a.id}>
                <a className="text-brand-800 underline" href={`/api/attachments/${a.id}`}>
                  {t('attachment', { n: i + 1, type: a.mimeType === 'application/pdf' ? 'PDF' : t('image') })}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </section>
    </>
  );
}
