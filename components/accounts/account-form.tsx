'use client';

import { useFormAction } from '@/components/ui/use-form-action';
import { buttonClass } from '@/components/ui/button-link';
import { CheckboxGroup } from '@/components/ui/checkbox-group';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';

type Option = { id: string; name: string };
export type AccountFormValues = {
  name: string;
  mobile: string;
  email: string;
  roles: string[];
  provinceId: number | null;
  agencyId: string | null;
  locale: 'fa' | 'en';
};
/** Every word of the form, translated on the server (`adminAccounts.form`), and each staff role's name. */
export type AccountFormLabels = Record<
  | 'name'
  | 'mobile'
  | 'mobileHint'
  | 'email'
  | 'emailHint'
  | 'roles'
  | 'rolesHint'
  | 'province'
  | 'provinceHint'
  | 'agency'
  | 'agencyHint'
  | 'none'
  | 'locale'
  | 'fa'
  | 'en'
  | 'submit',
  string
>;

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  userId?: string;
  saved: AccountFormValues;
  roles: { value: string; name: string }[];
  provinces: Option[];
  agencies: Option[];
  labels: AccountFormLabels;
  /** The actor's own account: roles and scope are shown but not editable (another administrator changes them). */
  ownAccount?: boolean;
};

/** A staff account's name, contacts, roles and scope; works without JavaScript, and a refused post keeps every value, checkboxes and selects included. */
export function AccountForm({ action, userId, saved, roles, provinces, agencies, labels, ownAccount = false }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'account-message' });
  const e = state.fieldErrors ?? {};
  const v = state.values;
  // After a refused post the posted values win over the saved ones.
  const value = (field: Exclude<keyof AccountFormValues, 'roles'>) => (v ? (v[field] ?? '') : (saved[field] ?? ''));
  const ticked = new Set(v ? (v.roles ?? '').split(',').filter(Boolean) : saved.roles);
  return (
    <form {...formProps} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
      <FormMessage id="account-message" message={state.message} ok={state.ok} />
      {userId ? <input type="hidden" name="userId" value={userId} /> : null}
      <Field id="name" label={labels.name} error={e.name}>
        <input name="name" dir="auto" autoComplete="off" defaultValue={String(value('name'))} className={inputClass} />
      </Field>
      <Field id="mobile" label={labels.mobile} hint={labels.mobileHint} error={e.mobile}>
        <input name="mobile" dir="ltr" inputMode="tel" autoComplete="off" defaultValue={String(value('mobile'))} className={inputClass} />
      </Field>
      <Field id="email" label={labels.email} hint={labels.emailHint} error={e.email}>
        <input name="email" type="email" dir="ltr" autoComplete="off" defaultValue={String(value('email'))} className={inputClass} />
      </Field>
      <CheckboxGroup
        id="roles"
        legend={labels.roles}
        hint={labels.rolesHint}
        error={e.roles}
        options={roles.map((r) => ({ value: r.value, label: r.name }))}
        checked={ticked}
        disabled={ownAccount}
      />
      {ownAccount
        ? // A disabled fieldset posts nothing: the own account's roles and scope go as they are.
          [...ticked].map((r) => <input key={r} type="hidden" name="roles" value={r} />)
        : null}
      <Field id="provinceId" label={labels.province} hint={labels.provinceHint} error={e.provinceId}>
        <select name="provinceId" defaultValue={String(value('provinceId'))} disabled={ownAccount} className={inputClass}>
          <option value="">{labels.none}</option>
          {provinces.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="agencyId" label={labels.agency} hint={labels.agencyHint} error={e.agencyId}>
        <select name="agencyId" defaultValue={String(value('agencyId'))} disabled={ownAccount} className={inputClass}>
          <option value="">{labels.none}</option>
          {agencies.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </select>
      </Field>
      {ownAccount ? (
        <>
          <input type="hidden" name="provinceId" value={String(value('provinceId'))} />
          <input type="hidden" name="agencyId" value={String(value('agencyId'))} />
        </>
      ) : null}
      <Field id="locale" label={labels.locale} error={e.locale}>
        <select name="locale" defaultValue={String(value('locale'))} className={inputClass}>
          <option value="fa">{labels.fa}</option>
          <option value="en">{labels.en}</option>
        </select>
      </Field>
      <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
        {labels.submit}
      </button>
    </form>
  );
}
