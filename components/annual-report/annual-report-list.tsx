import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { AnnualReportListItem } from '@/lib/annual-report/list-annual-reports';
import { formatDateTime, formatFileSize, localDigits, localized, type Locale } from '@/lib/i18n/format';

/** The scope of a report as a reader names it: «کل کشور», a province's or an agency's name. */
export async function annualScopeName(r: Pick<AnnualReportListItem, 'province' | 'agency'>, locale: Locale): Promise<string> {
  const t = await getTranslations('annualReports.form');
  return r.province ? localized(r.province, locale) : r.agency ? localized(r.agency, locale) : t('national');
}

/** The requests, newest first: status, stage and a progress bar while made; the download link and the verification code once ready. */
export async function AnnualReportList({ items, locale }: { items: AnnualReportListItem[]; locale: Locale }) {
  const t = await getTranslations('annualReports');
  if (items.length === 0) return <p className="text-muted">{t('empty')}</p>;
  return (
    <ul className="space-y-3" data-testid="annual-report-list">
      {await Promise.all(
        items.map(async (r) => {
          const scope = await annualScopeName(r, locale);
          const year = localDigits(r.year, locale);
          const [failure, errorId] = (r.error ?? '').split(':');
          return (
            <li key={r.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4" data-testid="annual-report" data-status={r.status}>
              <h3 className="font-semibold">{t('reportTitle', { year, scope })}</h3>
              <p className="text-sm text-muted">{t('requestedBy', { name: r.requestedBy, when: formatDateTime(r.createdAt, locale) })}</p>
              <p className="font-medium">
                {t(`status.${r.status}`)}
                {r.status === 'RUNNING' && r.stage && t.has(`stage.${r.stage}`) ? ` · ${t(`stage.${r.stage}`)}` : null}
              </p>
              {r.status === 'QUEUED' || r.status === 'RUNNING' ? (
                <div className="flex items-center gap-2">
                  <progress max={100} value={r.percent} aria-label={t('progress', { percent: localDigits(r.percent, locale) })} className="h-3 w-full" />
                  <span className="text-sm whitespace-nowrap tabular-nums">{t('progress', { percent: localDigits(r.percent, locale) })}</span>
                </div>
              ) : null}
              {r.status === 'FAILED' ? (
                <p className="text-sm text-red-800">
                  {failure === 'ACCESS' || failure === 'STUCK' ? t(`failure.${failure}`) : t('failure.INTERNAL', { id: errorId ?? '' })}
                </p>
              ) : null}
              {r.status === 'DONE' ? (
                <div className="space-y-2 text-sm">
                  {r.finishedAt ? <p className="text-muted">{t('finished', { when: formatDateTime(r.finishedAt, locale) })}</p> : null}
                  <a
                    href={`/annual-reports/${r.id}/pdf`}
                    download
                    aria-label={t('downloadLabel', { year, scope })}
                    className="inline-flex min-h-11 items-center rounded-lg bg-brand-700 px-4 font-medium text-white hover:bg-brand-800"
                  >
                    {t('download', { size: formatFileSize(r.byteSize ?? 0, locale) })}
                  </a>
                  {r.verifyCode ? (
                    <p>
                      {t('verifyCode')}:{' '}
                      <bdi dir="ltr" className="font-mono font-semibold" data-testid="verify-code">
                        {r.verifyCode}
                      </bdi>{' '}
                      ·{' '}
                      <Link href={`/verify/report/${r.verifyCode}`} className="text-brand-800 underline">
                        {t('verifyLink')}
                      </Link>
                    </p>
                  ) : null}
                  {r.sha256 ? (
                    <p className="break-all">
                      {t('sha256')}:{' '}
                      <bdi dir="ltr" className="font-mono text-xs">
                        {r.sha256}
                      </bdi>
                    </p>
                  ) : null}
                </div>
              ) : null}
            </li>
          );
        }),
      )}
    </ul>
  );
}
