import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button-link';
import { inputClass } from '@/components/ui/field';
import { localized, type Locale } from '@/lib/i18n/format';
import type { ReferralFilters, ReferralView } from '@/lib/agencies/list-referrals';
import { REFERRAL_STATUSES } from '@/lib/workflow/referral-transitions';

type Option = { id: number | string; name: string; nameEn: string };
type Props = {
  path: string;
  filters: ReferralFilters;
  views: readonly ReferralView[];
  provinces: readonly Option[];
  categories: readonly Option[];
  agencies: readonly Option[] | null;
  locale: Locale;
};

/** The referral list's views (links) and filters (a GET form: works without JavaScript, shareable). */
export async function ReferralFiltersForm({ path, filters, views, provinces, categories, agencies, locale }: Props) {
  const t = await getTranslations('agency');
  const viewName: Record<ReferralView, string> = {
    all: t('viewAll'),
    overdue: t('viewOverdue'),
    evaluate: t('viewEvaluate'),
    questions: t('viewQuestions'),
    declined: t('viewDeclined'),
    appeals: t('viewAppeals'),
  };
  const select = (name: string, label: string, any: string, options: readonly Option[], value: string | number | undefined) => (
    <label className="block text-sm">
      <span className="font-medium">{label}</span>
      <select name={name} defaultValue={value === undefined ? '' : String(value)} className={inputClass}>
        <option value="">{any}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {localized(o, locale)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="space-y-3">
      <nav aria-label={t('views')} className="flex flex-wrap gap-2">
        {views.map((v) => (
          <Link
            key={v}
            href={v === 'all' ? path : `${path}?view=${v}`}
            aria-current={filters.view === v ? 'page' : undefined}
            className={buttonClass(filters.view === v ? 'primary' : 'secondary')}
          >
            {viewName[v]}
          </Link>
        ))}
      </nav>
      <details className="rounded-xl border border-slate-200 bg-white p-4">
        <summary className="cursor-pointer font-semibold">{t('filters')}</summary>
        <form method="get" action={path} className="mt-3 grid gap-3 sm:grid-cols-2">
          <input type="hidden" name="view" value={filters.view} />
          {select(
            'status',
            t('state'),
            t('anyState'),
            REFERRAL_STATUSES.map((s) => ({ id: s, name: t(`statuses.${s}`), nameEn: t(`statuses.${s}`) })),
            filters.status,
          )}
          {select('provinceId', t('province'), t('anyProvince'), provinces, filters.provinceId)}
          {select('categoryId', t('category'), t('anyCategory'), categories, filters.categoryId)}
          {agencies ? select('agencyId', t('agency'), t('anyAgency'), agencies, filters.agencyId) : null}
          <label className="block text-sm sm:col-span-2">
            <span className="font-medium">{t('search')}</span>
            <input type="search" name="q" defaultValue={filters.q ?? ''} className={inputClass} />
          </label>
          <div className="flex gap-2 sm:col-span-2">
            <button type="submit" className={buttonClass()}>
              {t('apply')}
            </button>
            <Link href={path} className={buttonClass('secondary')}>
              {t('clear')}
            </Link>
          </div>
        </form>
      </details>
    </div>
  );
}
