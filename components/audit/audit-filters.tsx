import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { buttonClass } from '@/components/ui/button-link';
import { Field, inputClass } from '@/components/ui/field';
import { AUDIT_ACTION_GROUPS, AUDIT_OBJECT_TYPES, actionsOfGroup } from '@/lib/audit/catalog';
import type { AuditFilters } from '@/lib/audit/list-audit-events';

type Props = { path: string; filters: AuditFilters; errors: Record<string, string[]> };

/** The audit log's filters: a GET form (works without JavaScript; the address can be shared). */
export async function AuditFiltersForm({ path, filters, errors }: Props) {
  const t = await getTranslations('auditLog');
  return (
    <form method="get" action={path} aria-labelledby="audit-filters-title" className="space-y-4 rounded-xl border border-slate-200 bg-white p-4" noValidate>
      <h2 id="audit-filters-title" className="text-lg font-semibold">
        {t('filters')}
      </h2>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="actor" label={t('actor')} hint={t('actorHint')} error={errors.actor}>
          <input type="search" name="actor" dir="auto" defaultValue={filters.actor ?? ''} className={inputClass} />
        </Field>
        <label className="flex min-h-11 items-center gap-3 self-end">
          <input type="checkbox" name="system" defaultChecked={filters.system} className="size-5" />
          {t('system')}
        </label>
        <Field id="action" label={t('action')}>
          <select name="action" defaultValue={filters.action ?? ''} className={inputClass}>
            <option value="">{t('anyAction')}</option>
            {AUDIT_ACTION_GROUPS.map((group) => (
              <optgroup key={group} label={t(`groups.${group}`)}>
                <option value={`${group}.*`}>{t('allOfGroup', { group: t(`groups.${group}`) })}</option>
                {actionsOfGroup(group).map((a) => (
                  <option key={a} value={a}>
                    {t(`actions.${a}`)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </Field>
        <Field id="objectType" label={t('objectType')}>
          <select name="objectType" defaultValue={filters.objectType ?? ''} className={inputClass}>
            <option value="">{t('anyObjectType')}</option>
            {AUDIT_OBJECT_TYPES.map((o) => (
              <option key={o} value={o}>
                {t(`objectTypes.${o}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field id="objectId" label={t('objectId')} error={errors.objectId}>
          <input name="objectId" dir="ltr" defaultValue={filters.objectId ?? ''} className={inputClass} />
        </Field>
        <div className="grid grid-cols-2 gap-3 sm:col-span-2">
          <Field id="from" label={t('from')} hint={t('dateHint')} error={errors.from}>
            <input name="from" dir="ltr" inputMode="numeric" placeholder="۱۴۰۵/۰۹/۰۱" defaultValue={filters.from ?? ''} className={inputClass} />
          </Field>
          <Field id="to" label={t('to')} hint={t('dateHint')} error={errors.to}>
            <input name="to" dir="ltr" inputMode="numeric" placeholder="۱۴۰۵/۰۹/۳۰" defaultValue={filters.to ?? ''} className={inputClass} />
          </Field>
        </div>
      </div>
      <div className="flex flex-wrap gap-2">
        <button type="submit" className={buttonClass()}>
          {t('apply')}
        </button>
        <Link href={path} className={buttonClass('secondary')}>
          {t('clear')}
        </Link>
      </div>
    </form>
  );
}
