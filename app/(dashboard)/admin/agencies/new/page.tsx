import { getTranslations } from 'next-intl/server';
import { AgencyForm } from '@/components/agencies/agency-form';
import { agencyFormLabels } from '@/components/agencies/agency-form-labels';
import { withFallbackPages } from '@/app/fallback-pages';
import { requirePermission } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { reportFormOptions } from '@/lib/reports/form-options';
import { saveAgencyAction } from '../actions';

export const generateMetadata = titled('adminAgencies', 'new');

/** A new agency. */
export default withFallbackPages(async function NewAgency() {
  await requirePermission('agency:manage', '/admin/agencies/new');
  const [t, locale, options, labels] = await Promise.all([
    getTranslations('adminAgencies'),
    currentLocale(),
    reportFormOptions({ purpose: 'create' }),
    agencyFormLabels(),
  ]);
  return (
    <section className="space-y-4" aria-labelledby="new-agency-title">
      <h1 id="new-agency-title" className="text-2xl font-bold">
        {t('new')}
      </h1>
      <AgencyForm
        action={saveAgencyAction}
        saved={{ slug: '', name: '', nameEn: '', provinceId: null, acknowledgeDays: null, answerDays: null, active: true, categoryIds: [] }}
        provinces={options.provinces.map((p) => ({ id: p.id, name: localized(p, locale) }))}
        categories={options.categories.map((c) => ({ id: c.id, name: localized(c, locale) }))}
        labels={labels}
      />
    </section>
  );
});
