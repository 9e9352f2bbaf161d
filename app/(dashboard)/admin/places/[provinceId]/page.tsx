import { getTranslations } from 'next-intl/server';
import { placeNamesLabels } from '@/components/reference/form-labels';
import { PlaceNamesForm } from '@/components/reference/place-names-form';
import { ReferenceHeader } from '@/components/reference/reference-nav';
import { withFallbackPages } from '@/app/fallback-pages';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatNumber, localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { getProvinceForAdmin } from '@/lib/reference/list-places-for-admin';
import { renamePlaceAction } from '../actions';

export const generateMetadata = titled('adminReference.places', 'title');

/** One province: the spelling of its name, then one small form per county (the list itself is fixed). */
export default withFallbackPages(async function AdminProvince({ params }: { params: Promise<{ provinceId: string }> }) {
  const { provinceId } = await params;
  const { data: province } = await loadPage({
    returnTo: `/admin/places/${provinceId}`,
    permission: 'referenceData:manage',
    load: (actor) => getProvinceForAdmin({ actor, provinceId }),
  });
  const [t, locale, labels] = await Promise.all([getTranslations('adminReference.places'), currentLocale(), placeNamesLabels()]);
  return (
    <section className="space-y-4" aria-labelledby="province-title">
      <ReferenceHeader current="places" back={{ href: '/admin/places', label: t('title') }} titleId="province-title">
        <bdi>{localized(province, locale)}</bdi>{' '}
        <span className="text-base font-normal text-muted">({t('code', { code: formatNumber(Number(province.code), locale) })})</span>
      </ReferenceHeader>
      <PlaceNamesForm action={renamePlaceAction} kind="province" placeId={province.id} saved={province} title={t('provinceNames')} labels={labels} />
      <section aria-labelledby="counties-title" className="space-y-3">
        <h2 id="counties-title" className="text-lg font-bold">
          {t('countiesTitle')} <span className="text-base font-normal text-muted">({t('counties', { n: province.counties.length })})</span>
        </h2>
        <ul className="space-y-3" data-testid="county-list">
          {province.counties.map((c) => (
            <li key={c.id}>
              <PlaceNamesForm action={renamePlaceAction} kind="county" placeId={c.id} saved={c} title={localized(c, locale)} labels={labels} />
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
});
