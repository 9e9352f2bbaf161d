import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { VerifyCodeForm } from '@/components/annual-report/verify-code-form';
import { MessagePage } from '@/components/ui/message-page';
import { errorMessage } from '@/lib/actions/action-state';
import { clientKey } from '@/lib/crypto/client-key';
import { isAppError } from '@/lib/errors';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDate, formatDueDay, localDigits } from '@/lib/i18n/format';
import { setResponseStatus } from '@/lib/http/response-status.mjs';
import type { PublicCertificate } from '@/lib/training/certificates/certificate-projection';
import { verifyCertificate } from '@/lib/training/certificates/verify-certificate';

export const dynamic = 'force-dynamic';

export async function generateMetadata() {
  return { title: (await getTranslations('certificates'))('title'), robots: { index: false } };
}

type Props = { params: Promise<{ code: string }> };

/** How each state looks: green valid, grey expired, red revoked (the word is always written too, never colour alone). */
const stateStyle: Record<PublicCertificate['state'], string> = {
  valid: 'border-green-200 bg-green-50 text-green-900',
  expired: 'border-slate-300 bg-slate-100 text-slate-800',
  revoked: 'border-red-200 bg-red-50 text-red-900',
};

/**
 * `/verify/certificate/<code>` (public, no login; issue #18): whether Sajam issued the course certificate printed
 * with this code, and whether it is valid, expired or revoked now — with the holder's name, the course and version,
 * and the dates in Jalali, nothing more (lib/training/certificates/certificate-projection.ts). Rate-limited per
 * client ('verifyCertificate'). An unknown code is a 404 in Persian.
 */
export default async function VerifyCertificatePage({ params }: Props) {
  const [{ code }, t, errors, locale] = await Promise.all([params, getTranslations('certificates'), getTranslations('errors'), currentLocale()]);
  let certificate: PublicCertificate;
  try {
    certificate = await verifyCertificate({ code: decodeURIComponent(code).slice(0, 40), rateKey: clientKey(await headers()) });
  } catch (error) {
    // Rendered in place with its status (app/fallback-pages.tsx explains why not notFound()): the same page for
    // every unknown or malformed code.
    if (isAppError(error) && error.code === 'NOT_FOUND') {
      setResponseStatus(404);
      return (
        <MessagePage
          title={t('notFoundTitle')}
          body={t('notFound')}
          action={<VerifyCodeForm action="/verify/certificate" labels={{ code: t('tryAnother'), hint: t('codeHint'), submit: t('find') }} />}
        />
      );
    }
    if (isAppError(error) && error.code === 'RATE_LIMITED') {
      setResponseStatus(429);
      return (
        <article className="mx-auto max-w-3xl space-y-4">
          <h1 className="text-2xl font-bold">{t('title')}</h1>
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-red-800">
            {errorMessage(error, errors)}
          </p>
        </article>
      );
    }
    throw error;
  }
  const rows: [string, React.ReactNode][] = [
    [
      t('holderName'),
      <bdi dir="auto" className="text-lg font-bold" data-testid="holder-name" key="n">
        {certificate.holderName}
      </bdi>,
    ],
    [
      t('course'),
      <span key="c">
        <bdi dir="auto">{certificate.courseTitle}</bdi> · {t('courseVersion', { version: localDigits(certificate.version, locale) })}
      </span>,
    ],
    [t('issuedAt'), formatDate(certificate.issuedAt, locale)],
    [t('validThrough'), formatDueDay(certificate.expiresAt, locale)],
    [
      t('code'),
      <bdi dir="ltr" className="font-mono" key="k">
        {certificate.code}
      </bdi>,
    ],
  ];
  return (
    <article className="mx-auto max-w-3xl space-y-5">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="leading-7 text-muted">{t('intro')}</p>
      <p role="status" data-state={certificate.state} className={`rounded-xl border px-4 py-3 font-bold ${stateStyle[certificate.state]}`}>
        {t(`state.${certificate.state}`)}: {t(`stateNote.${certificate.state}`)}
      </p>
      <section aria-labelledby="certificate-issued" className="space-y-3 rounded-xl border border-brand-100 bg-brand-50 p-4">
        <h2 id="certificate-issued" className="text-lg font-bold text-brand-800">
          {t('issued')}
        </h2>
        <dl className="space-y-2">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt className="text-sm text-muted">{label}</dt>
              <dd className="font-medium">{value}</dd>
            </div>
          ))}
        </dl>
      </section>
    </article>
  );
}
