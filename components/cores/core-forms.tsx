'use client';

import { useLocale, useTranslations } from 'next-intl';
import { localDigits } from '@/lib/i18n/format';
import { useFormAction } from '@/components/ui/use-form-action';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

export function CreateCoreForm({ action, counties }: { action: Action; counties: { id: number; name: string }[] }) {
  const t = useTranslations('cores');
  const locale = useLocale() === 'en' ? 'en' : 'fa';
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'new-core-message', resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form {...formProps} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" noValidate aria-labelledby="new-core-title">
      <h2 id="new-core-title" className="text-lg font-bold">
        {t('new')}
      </h2>
      <Field id="core-name" label={t('name')} error={e.name}>
        <input id="core-name" name="name" defaultValue={v.name} className={inputClass} />
      </Field>
      <Field id="core-county" label={t('county')} error={e.countyId}>
        <select id="core-county" name="countyId" key={`county-${v.countyId ?? ''}`} defaultValue={v.countyId ?? ''} className={inputClass}>
          <option value="">{t('choose')}</option>
          {counties.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="core-area" label={t('area')} error={e.area}>
        <input id="core-area" name="area" defaultValue={v.area} className={inputClass} />
      </Field>
      <Field id="core-capacity" label={t('capacity')} error={e.capacity}>
        <input
          id="core-capacity"
          name="capacity"
          type="text"
          inputMode="numeric"
          dir="ltr"
          defaultValue={v.capacity ?? localDigits(30, locale)}
          className={inputClass}
        />
      </Field>
      <FormMessage id="new-core-message" ok={state.ok} message={state.ok ? t('created') : state.message} />
      <button type="submit" className={buttonClass()} disabled={pending} aria-busy={pending}>
        {t('create')}
      </button>
    </form>
  );
}

/** One button that assigns a member to a core or makes them its head. */
export function MemberMoveForm({
  action,
  coreId,
  memberId,
  move,
  label,
  coreChoices,
}: {
  action: Action;
  coreId: string;
  memberId: string;
  move: 'assign' | 'appoint';
  label: string;
  coreChoices?: { id: string; name: string }[];
}) {
  const t = useTranslations('cores');
  const id = `${move}-${memberId}`;
  const { state, pending, formProps } = useFormAction(action, { summaryId: `${id}-message` });
  return (
    <form {...formProps} className="flex flex-wrap items-end gap-2">
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="move" value={move} />
      {coreChoices ? (
        <label className="text-sm">
          {t('moveTo')}
          <select name="coreId" className={inputClass} aria-describedby={`${id}-message`}>
            {coreChoices.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <input type="hidden" name="coreId" value={coreId} />
      )}
      <button type="submit" className={buttonClass('secondary')} disabled={pending} aria-busy={pending}>
        {label}
      </button>
      <FormMessage
        id={`${id}-message`}
        message={state.ok ? undefined : [state.message, ...Object.values(state.fieldErrors ?? {}).flat()].filter(Boolean).join(' ')}
      />
    </form>
  );
}
