import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { requirePermission } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDate } from '@/lib/i18n/format';
import { listApplications } from '@/lib/vetting/vet-application';

/** Provincial staff (their province) and the national office (all): applications waiting to be vetted. */
export default async function ApplicationsPage() {
  const actor = await requirePermission('member:vet', '/applications');
  const [t, statuses, items, locale] = await Promise.all([getTranslations('vetting'), getTranslations('application.statuses'), listApplications(actor), currentLocale()]);
  return (
    <section className="space-y-4" aria-labelledby="applications-title">
      <h1 id="applications-title" className="text-2xl font-bold">{t('title')}</h1>
      {items.length === 0 ? (
        <EmptyState title={t('empty')} body="" />
      ) : (
        <ul className="space-y-3">
          {items.map((a) => (
            <li key={a.id} className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <strong>{a.firstName} {a.lastName}</strong>
                <span className="rounded bg-slate-100 px-2 py-0.5">{statuses(a.status)}</span>
                {a.province ? <span>{locale === 'fa' ? a.province.name : a.province.nameEn}</span> : null}
                {a.submittedAt ? <span className="text-muted">{formatDate(a.submittedAt, locale)}</span> : null}
              </p>
              <Link href={`/applications/${a.id}`} className="mt-2 inline-block text-brand-800 underline">{t('open')}<span className="sr-only"> {a.firstName} {a.lastName}</span></Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
