import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { formatDate, formatDueDay, formatNumber, type Locale } from '@/lib/i18n/format';
import type { OwnCertificate } from '@/lib/training/certificates/list-own-certificates';

const stateClass = { valid: 'bg-brand-50 text-brand-800', expired: 'bg-amber-50 text-amber-900', revoked: 'bg-red-50 text-red-800' } as const;

/** The holder's certificates: course and version, dates in Jalali, state, the verification code and the PDF. */
export async function CertificateList({ certificates, locale }: { certificates: OwnCertificate[]; locale: Locale }) {
  const t = await getTranslations('certificates');
  return (
    <ul className="space-y-3">
      {certificates.map((c) => (
        <li key={c.id} className="space-y-1 rounded-xl border border-slate-200 bg-white p-4">
          <p className="font-bold">
            <bdi dir="auto">{c.courseTitle}</bdi> · {t('courseVersion', { version: formatNumber(c.version, locale) })}{' '}
            <span className={`ms-2 rounded px-2 py-0.5 text-sm ${stateClass[c.state]}`}>{t(`state.${c.state}`)}</span>
          </p>
          <p className="text-sm">
            {t('issuedAt')}: {formatDate(c.issuedAt, locale)} · {t('validThrough')}: {formatDueDay(c.expiresAt, locale)}
          </p>
          {c.code ? (
            <p className="text-sm">
              {t('code')}:{' '}
              <Link href={`/verify/certificate/${c.code}`} className="font-mono text-brand-800 underline" dir="ltr">
                {c.code}
              </Link>
            </p>
          ) : null}
          {c.state !== 'revoked' ? (
            <p>
              <a href={`/training/certificates/${c.id}/pdf`} className="text-brand-800 underline" download>
                {t('downloadPdf')}
              </a>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
