import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { buttonClass } from '@/components/ui/button-link';
import { inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';
import type { listCores } from '@/lib/cores/list-cores';
import { type Locale, localized } from '@/lib/i18n/format';
import { CreateCoreForm } from './core-forms';

type Props = {
  cores: Awaited<ReturnType<typeof listCores>>;
  counties: { id: number; name: string }[];
  filters: { q?: string; countyId?: number };
  locale: Locale;
  create: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

export async function CoreList({ cores, counties, filters, locale, create }: Props) {
  const t = await getTranslations('cores');
  return (
    <div className="space-y-4">
      <form method="get" role="search" aria-label={t('search')} className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 sm:grid-cols-3">
        <label className="text-sm sm:col-span-2">
          {t('q')}
          <input type="search" name="q" defaultValue={filters.q} maxLength={60} className={inputClass} />
        </label>
        <label className="text-sm">
          {t('county')}
          <select name="countyId" defaultValue={filters.countyId ?? ''} className={inputClass}>
            <option value="">{t('allCounties')}</option>
            {counties.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={`${buttonClass('secondary')} sm:col-span-3 sm:justify-self-start`}>
          {t('apply')}
        </button>
      </form>
      {cores.length === 0 ? (
        <EmptyState title={t('empty')} body="" />
      ) : (
        <ul className="space-y-3">
          {cores.map((c) => (
            <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <strong>
                  <bdi>{c.name}</bdi>
                </strong>
                {c.county ? <span>{localized(c.county, locale)}</span> : null}
                <span className="rounded bg-slate-100 px-2 py-0.5">{t('size', { members: c.members, capacity: c.capacity })}</span>
              </p>
              <p className="mt-1 text-muted">
                {c.head ? t('headIs', { name: c.head }) : t('noHead')}
                {c.area ? (
                  <>
                    {' · '}
                    <bdi>{c.area}</bdi>
                  </>
                ) : null}
              </p>
              <Link href={`/cores/${c.id}`} className="mt-2 inline-flex min-h-11 min-w-11 items-center font-medium text-brand-800 underline">
                {t('manage')}
                <span className="sr-only"> {c.name}</span>
              </Link>
            </li>
          ))}
        </ul>
      )}
      <CreateCoreForm action={create} counties={counties} />
    </div>
  );
}
