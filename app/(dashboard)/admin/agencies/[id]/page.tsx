import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { AgencyForm } from '@/components/agencies/agency-form';
import { agencyFormLabels } from '@/components/agencies/agency-form-labels';
import { withFallbackPages } from '@/app/fallback-pages';
import { loadPage } from '@/lib/auth/guard';
import { getAgencyForAdmin } from '@/lib/agencies/list-agencies-for-admin';
import { currentLocale } from '@/lib/i18n/current-locale';
import { localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { reportFormOptions } from '@/lib/reports/form-options';
import { saveAgencyAction } from '../actions';

export const generateMetadata = titled('adminAgencies', 'edit');

/** One agency for the administrator: its reference data, its liaisons, and a link to its Open311 keys. */
export default withFallbackPages(async function EditAgency({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: agency } = await loadPage({
    returnTo: `/admin/agencies/${id}`,
    permission: 'agency:manage',
    load: (actor) => getAgencyForAdmin({ actor, agencyId: id }),
  });
  const [t, locale, options, labels] = await Promise.all([
    getTranslations('adminAgencies'),
    currentLocale(),
    reportFormOptions({ purpose: 'create' }),
    agencyFormLabels(),
  ]);
  // What it already handles stays on offer even once deactivated, marked so (saving would otherwise drop it).
  const retired = agency.categories
    .filter((c) => !c.category.active)
    .map((c) => ({ id: c.categoryId, name: `${localized(c.category, locale)} (${t('inactive')})` }));
  return (
    <section className="space-y-4" aria-labelledby="edit-agency-title">
      <p>
        <Link href="/admin/agencies" className="text-brand-800 underline">
          {t('title')}
        </Link>
      </p>
      <h1 id="edit-agency-title" className="text-2xl font-bold">
        <bdi>{localized(agency, locale)}</bdi>
      </h1>
      <AgencyForm
        action={saveAgencyAction}
        agencyId={agency.id}
        saved={{ ...agency, categoryIds: agency.categories.map((c) => c.categoryId) }}
        provinces={options.provinces.map((p) => ({ id: p.id, name: localized(p, locale) }))}
        categories={[...options.categories.map((c) => ({ id: c.id, name: localized(c, locale) })), ...retired]}
        labels={labels}
      />
      <section aria-labelledby="liaisons-title" className="space-y-2">
        <h2 id="liaisons-title" className="text-lg font-bold">
          {t('liaisonsTitle')}
        </h2>
        {agency.users.length ? (
          <ul className="list-disc ps-6">
            {agency.users.map((u) => (
              <li key={u.id}>
                <bdi>{u.name}</bdi> {u.status === 'DISABLED' ? <span className="text-muted">({t('disabled')})</span> : null}
              </li>
            ))}
          </ul>
        ) : (
          <p className="text-muted">{t('noLiaisons')}</p>
        )}
        <p className="text-sm text-muted">{t('liaisonsNote')}</p>
      </section>
      <Link href={`/admin/agencies/${agency.id}/keys`} className="text-brand-800 underline">
        {t('keys')}
      </Link>
    </section>
  );
});
