import { getTranslations } from 'next-intl/server';
import { CoreList } from '@/components/cores/core-list';
import { requirePermission } from '@/lib/auth/guard';
import { can } from '@/lib/authz';
import { coreListSchema } from '@/lib/cores/core-input';
import { listCores } from '@/lib/cores/list-cores';
import { currentLocale } from '@/lib/i18n/current-locale';
import { describeScope } from '@/lib/dashboard/describe-scope';
import { localized } from '@/lib/i18n/format';
import { reportFormOptions } from '@/lib/reports/form-options';
import { createCoreAction } from './actions';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('cores', 'pageTitle');
import { withFallbackPages } from '@/app/fallback-pages';

export default withFallbackPages(async function CoresPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requirePermission('core:manage', '/cores');
  const filters = coreListSchema.parse(await searchParams);
  const [t, cores, options, locale] = await Promise.all([getTranslations('cores'), listCores({ actor, filters }), reportFormOptions(), currentLocale()]);
  const scope = await describeScope({ actor, locale });
  const counties = options.provinces
    .filter((p) => can(actor, 'core:manage', { provinceId: p.id }))
    .flatMap((p) => p.counties.map((c) => ({ id: c.id, name: `${localized(c, locale)} (${localized(p, locale)})` })));
  return (
    <section className="space-y-4" aria-labelledby="cores-title">
      <h1 id="cores-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      {/* Whose: the national office lists every province, provincial staff their own. */}
      <p className="text-muted">{scope.province ? t('inProvince', { province: scope.province }) : t('everywhere')}</p>
      <CoreList cores={cores} counties={counties} filters={filters} locale={locale} create={createCoreAction} />
    </section>
  );
});
