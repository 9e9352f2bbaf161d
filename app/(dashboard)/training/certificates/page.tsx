import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { RevokeCertificateForm } from '@/components/training/revoke-certificate-form';
import { TextInput } from '@/components/ui/inputs';
import { requirePermission } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDate, formatDueDay, formatNumber } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { listCertificatesForStaff } from '@/lib/training/certificates/list-certificates-for-staff';

export const generateMetadata = titled('certificates', 'staffTitle');

/** `/training/certificates`: the certificates staff may revoke (national office: all; province staff: their province). */
export default withFallbackPages(async function StaffCertificates({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requirePermission('certificate:revoke', '/training/certificates');
  const raw = (await searchParams).q;
  const q = typeof raw === 'string' ? raw.slice(0, 100) : '';
  const [t, tt, locale, rows] = await Promise.all([
    getTranslations('certificates'),
    getTranslations('training'),
    currentLocale(),
    listCertificatesForStaff({ actor, q: q || undefined }),
  ]);
  const labels = { title: t('revokeTitle'), reason: t('reason'), hint: t('reasonHint'), submit: t('revoke') };
  return (
    <div className="space-y-6">
      <p>
        <Link href="/training" className="text-brand-800 underline">
          {tt('back')}
        </Link>
      </p>
      <h1 className="text-2xl font-bold">{t('staffTitle')}</h1>
      <form method="get" className="flex flex-wrap items-end gap-2" role="search">
        <label htmlFor="q" className="w-full font-medium">
          {t('searchHolder')}
        </label>
        <TextInput id="q" name="q" defaultValue={q} dir="auto" className="max-w-xs" />
        <button type="submit" className="min-h-11 rounded-lg border border-brand-700 px-4 text-brand-800">
          {t('search')}
        </button>
      </form>
      {rows.length ? (
        <ul className="space-y-3">
          {rows.map((c) => (
            <li key={c.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
              <p className="font-bold">
                <bdi dir="auto">{c.holderName}</bdi> · <bdi dir="auto">{c.courseTitle}</bdi> ·{' '}
                {t('courseVersion', { version: formatNumber(c.version, locale) })}
              </p>
              <p className="text-sm">
                {t(`state.${c.state}`)} · {t('issuedAt')}: {formatDate(c.issuedAt, locale)} · {t('validThrough')}: {formatDueDay(c.expiresAt, locale)}
              </p>
              {c.revokeReason ? (
                <p className="text-sm">
                  {t('reason')}: <bdi dir="auto">{c.revokeReason}</bdi>
                </p>
              ) : null}
              {c.state !== 'revoked' ? <RevokeCertificateForm certificateId={c.id} labels={labels} /> : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noneForStaff')}</p>
      )}
    </div>
  );
});
