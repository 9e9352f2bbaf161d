import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { VerifiedFacts, codeFromPath, verifyMetadata, verifyRefusal, type VerifyKind } from '@/components/verify/verify-page-parts';
import { VerifyUploadForm } from '@/components/annual-report/verify-upload-form';
import { buttonClass } from '@/components/ui/button-link';
import { FormMessage, inputClass } from '@/components/ui/field';
import { sha256InputSchema, verifyAnnualReport, type AnnualReportVerification } from '@/lib/annual-report/verify-annual-report';
import { clientKey } from '@/lib/crypto/client-key';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDateTime, localDigits, localized } from '@/lib/i18n/format';
import { verifyUploadAction } from './actions';

export const dynamic = 'force-dynamic';

const kind: VerifyKind = { namespace: 'verifyReport', path: '/verify/report' };

export const generateMetadata = () => verifyMetadata(kind);

type Props = { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * `/verify/report/<code>` (public, no login; issue #17): whether Sajam issued the annual report printed with this
 * code — year, scope, date and the document's SHA-256 — and a check of the file a person holds, by its pasted hash
 * (a GET form, `?sha256=`) or by uploading it (a server action). Rate-limited per client ('verifyReport'). An unknown
 * code is a 404 in Persian.
 */
export default async function VerifyReportPage({ params, searchParams }: Props) {
  const [{ code }, query, t, locale] = await Promise.all([params, searchParams, getTranslations('verifyReport'), currentLocale()]);
  const pasted = typeof query.sha256 === 'string' && query.sha256.trim() !== '' ? query.sha256 : undefined;
  const pastedValid = pasted === undefined || sha256InputSchema.safeParse(pasted).success;
  let report: AnnualReportVerification;
  try {
    report = await verifyAnnualReport({
      code: codeFromPath(code),
      sha256: pastedValid ? pasted : undefined,
      rateKey: clientKey(await headers()),
    });
  } catch (error) {
    const refusal = await verifyRefusal(error, kind);
    if (refusal) return refusal;
    throw error;
  }
  const scope =
    report.scope === 'NATIONAL'
      ? t('national')
      : report.province
        ? t('province', { name: localized(report.province, locale) })
        : t('agency', { name: report.agency ? localized(report.agency, locale) : '' });
  const rows: [string, React.ReactNode][] = [
    [
      t('code'),
      <bdi dir="ltr" className="font-mono" key="c">
        {report.code}
      </bdi>,
    ],
    [t('year'), localDigits(report.year, locale)],
    [t('scope'), scope],
    [t('issuedAt'), formatDateTime(report.issuedAt, locale)],
    [
      t('sha256'),
      <bdi dir="ltr" className="font-mono text-sm break-all" data-testid="issued-sha256" key="h">
        {report.sha256}
      </bdi>,
    ],
  ];
  return (
    <article className="mx-auto max-w-3xl space-y-5">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="leading-7 text-muted">{t('intro')}</p>
      <VerifiedFacts id="verify-issued" heading={t('issued')} rows={rows} />
      <section aria-labelledby="verify-check" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="verify-check" className="text-lg font-bold">
          {t('checkTitle')}
        </h2>
        <p className="text-sm leading-7">{t('howTo')}</p>
        <form method="get" className="space-y-3">
          <FormMessage
            id="verify-paste-message"
            message={!pastedValid ? t('errors.sha256') : report.matches === null ? undefined : report.matches ? t('matches') : t('mismatch')}
            ok={report.matches === true}
          />
          <div>
            <label htmlFor="sha256" className="block font-medium">
              {t('pasteLabel')}
            </label>
            <input
              id="sha256"
              name="sha256"
              dir="ltr"
              defaultValue={pasted ?? ''}
              autoComplete="off"
              spellCheck={false}
              aria-describedby="sha256-hint"
              aria-invalid={!pastedValid || undefined}
              className={`${inputClass} font-mono`}
            />
            <p id="sha256-hint" className="mt-1 text-xs text-muted">
              {t('pasteHint')}
            </p>
          </div>
          <button type="submit" className={buttonClass()}>
            {t('check')}
          </button>
        </form>
        <VerifyUploadForm
          action={verifyUploadAction}
          code={report.code}
          labels={{
            file: t('fileLabel'),
            upload: t('upload'),
            uploading: t('uploading'),
            matches: t('matches'),
            mismatch: t('mismatch'),
            yourHash: t('yourHash'),
          }}
        />
      </section>
    </article>
  );
}
