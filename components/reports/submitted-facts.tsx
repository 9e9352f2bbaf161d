import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { localized, type Locale } from '@/lib/i18n/format';
import type { TrackView } from '@/lib/reports/track-form';

type Props = {
  report: Pick<
    TrackView,
    'kind' | 'category' | 'topic' | 'province' | 'county' | 'placeDescription' | 'incidentDate' | 'description' | 'attachments' | 'contact'
  >;
  locale: Locale;
  headingLevel?: 'h2' | 'h3';
};

/** What the reporter sent, as they sent it (the author's projection): their own text is shown with dir="auto". */
export function SubmittedFacts({ report, locale, headingLevel: H = 'h3' }: Props) {
  const t = useTranslations('trackCase');
  const kinds = useTranslations('reportForm.kinds');
  const place = [report.county ? localized(report.county, locale) : null, localized(report.province, locale)].filter(Boolean).join('، ');
  const row = (label: string, value: ReactNode) => (
    <div className="py-2 sm:grid sm:grid-cols-3 sm:gap-3">
      <dt className="text-sm font-semibold text-muted">{label}</dt>
      <dd className="sm:col-span-2">{value}</dd>
    </div>
  );
  const contact = report.contact.fromMember
    ? report.contact.hideIdentity
      ? t('memberHidden')
      : t('memberVisible')
    : report.contact.wantsContact
      ? t('contactYes')
      : t('contactNo');
  // "Image 1, Image 2, PDF 1": numbered within their type, as the reporter will recognise them.
  const isPdf = (a: { mimeType: string }) => a.mimeType === 'application/pdf';
  const files = report.attachments.map((a, i, all) => {
    const n = all.slice(0, i + 1).filter((b) => isPdf(b) === isPdf(a)).length;
    return { ...a, label: isPdf(a) ? t('attachmentPdf', { n }) : t('attachmentImage', { n }) };
  });
  return (
    <section aria-labelledby="submitted-title" className="rounded-xl border border-slate-200 bg-white p-4" data-testid="submitted-facts">
      <H id="submitted-title" className="font-bold">
        {t('whatYouSent')}
      </H>
      <dl className="mt-2 divide-y divide-slate-100">
        {row(t('kind'), kinds(report.kind))}
        {row(t('category'), localized(report.category, locale))}
        {report.topic ? row(t('topic'), localized(report.topic, locale)) : null}
        {row(t('place'), place)}
        {row(
          t('placeDescription'),
          report.placeDescription ? <span dir="auto">{report.placeDescription}</span> : <span className="text-muted">{t('notGiven')}</span>,
        )}
        {row(t('incidentDate'), report.incidentDate ?? <span className="text-muted">{t('notGiven')}</span>)}
        {row(
          t('description'),
          <p dir="auto" className="whitespace-pre-line leading-7">
            {report.description}
          </p>,
        )}
        {row(
          t('attachments'),
          report.attachments.length === 0 ? (
            <span className="text-muted">{t('noAttachments')}</span>
          ) : (
            <>
              <ul className="flex flex-wrap gap-3">
                {files.map((a) => (
                  <li key={a.id}>
                    <a href={a.href} className="inline-flex min-h-11 items-center text-brand-800 underline" target="_blank" rel="noreferrer">
                      {a.label}
                    </a>
                  </li>
                ))}
              </ul>
              <p className="mt-1 text-xs text-muted">{t('attachmentsNote')}</p>
            </>
          ),
        )}
        {row(t('contact'), contact)}
      </dl>
    </section>
  );
}
