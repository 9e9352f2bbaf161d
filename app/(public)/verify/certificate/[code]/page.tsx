import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { VerifiedFacts, codeFromPath, verifyMetadata, verifyRefusal, type VerifyKind } from '@/components/verify/verify-page-parts';
import { clientKey } from '@/lib/crypto/client-key';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDate, formatDueDay, localDigits } from '@/lib/i18n/format';
import type { PublicCertificate } from '@/lib/training/certificates/certificate-projection';
import { verifyCertificate } from '@/lib/training/certificates/verify-certificate';

export const dynamic = 'force-dynamic';

const kind: VerifyKind = { namespace: 'certificates', path: '/verify/certificate' };

export const generateMetadata = () => verifyMetadata(kind);

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
  const [{ code }, t, locale] = await Promise.all([params, getTranslations('certificates'), currentLocale()]);
  let certificate: PublicCertificate;
  try {
    certificate = await verifyCertificate({ code: codeFromPath(code), rateKey: clientKey(await headers()) });
  } catch (error) {
    const refusal = await verifyRefusal(error, kind);
    if (refusal) return refusal;
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
    // A revoked certificate is valid through nothing: the date is the one it had before it was revoked.
    [certificate.state === 'revoked' ? t('validThroughBeforeRevocation') : t('validThrough'), formatDueDay(certificate.expiresAt, locale)],
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
      <VerifiedFacts id="certificate-issued" heading={t('issued')} rows={rows} />
    </article>
  );
}
