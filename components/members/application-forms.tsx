'use client';

import { useTranslations } from 'next-intl';
import { useFormAction } from '@/components/ui/use-form-action';
import { ProvinceCountyFields } from '@/components/places/province-county-fields';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';
import type { ApplicationStep } from '@/lib/members/application-input';

type Saved = {
  firstName: string;
  lastName: string;
  fatherName: string;
  nationalCode: string;
  birthDate: string;
  gender: string;
  email: string;
  provinceId: string;
  countyId: string;
  education: string;
  occupation: string;
  skills: string;
  interests: string[];
  availability: string;
  declared: boolean;
};

type Props = {
  step: ApplicationStep;
  action: (state: ActionState<{ emailCodeSent?: boolean }>, formData: FormData) => Promise<ActionState<{ emailCodeSent?: boolean }>>;
  provinces: { id: number; name: string; counties: { id: number; name: string }[] }[];
  interests: { id: string; name: string }[];
  saved: Saved;
};

/** One step of the application. Saved on the server, so the draft survives a reload or another device. */
export function ApplicationStepForm({ step, action, provinces, interests, saved }: Props) {
  const t = useTranslations('application');
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'step-message' });
  const v = { ...saved, ...(state.values ?? {}) } as Saved & Record<string, string>;
  const e = state.fieldErrors ?? {};

  const text = (name: keyof Saved, opts: { type?: string; dir?: 'ltr'; hint?: boolean; autoComplete?: string; inputMode?: 'numeric' | 'email' } = {}) => (
    <Field id={name} label={t(`fields.${name}`)} hint={opts.hint ? t(`hints.${name}`) : undefined} error={e[name]}>
      <input
        id={name}
        name={name}
        type={opts.type ?? 'text'}
        dir={opts.dir}
        inputMode={opts.inputMode}
        autoComplete={opts.autoComplete}
        defaultValue={String(v[name] ?? '')}
        aria-invalid={Boolean(e[name])}
        className={inputClass}
      />
    </Field>
  );
  const box = (name: string) => (
    <label className="flex min-h-11 items-start gap-2">
      <input
        type="checkbox"
        name={name}
        defaultChecked={saved.declared}
        aria-invalid={Boolean(e[name])}
        aria-describedby={`${name}-error`}
        className="mt-1 size-5"
      />
      <span>
        {t(`declaration.${name}`)}
        <span id={`${name}-error`} className="block text-sm text-red-800 empty:hidden">
          {e[name]?.join(' ')}
        </span>
      </span>
    </label>
  );

  return (
    <form {...formProps} className="space-y-4 rounded-xl border border-slate-200 bg-white p-4" noValidate aria-labelledby="step-title">
      <h2 id="step-title" className="text-lg font-bold">
        {t(`stepNames.${step}`)}
      </h2>
      <input type="hidden" name="step" value={step} />
      {step === 'identity' ? (
        <>
          {text('firstName', { autoComplete: 'given-name' })}
          {text('lastName', { autoComplete: 'family-name' })}
          {text('fatherName')}
          {text('nationalCode', { dir: 'ltr', inputMode: 'numeric', hint: true })}
          {text('birthDate', { dir: 'ltr', hint: true })}
          <Field id="gender" label={t('fields.gender')} error={e.gender}>
            <select id="gender" name="gender" key={`gender-${v.gender}`} defaultValue={v.gender} className={inputClass}>
              <option value="">{t('choose')}</option>
              <option value="FEMALE">{t('genders.FEMALE')}</option>
              <option value="MALE">{t('genders.MALE')}</option>
            </select>
          </Field>
        </>
      ) : null}
      {step === 'contact' ? (
        <>
          {text('email', { type: 'email', dir: 'ltr', hint: true, autoComplete: 'email', inputMode: 'email' })}
          {/* The address is bound only once the code sent to it comes back (shown after "save" sent one). */}
          {state.data?.emailCodeSent || e.emailCode ? (
            <Field id="emailCode" label={t('fields.emailCode')} error={e.emailCode}>
              <input
                id="emailCode"
                name="emailCode"
                type="text"
                dir="ltr"
                inputMode="numeric"
                autoComplete="one-time-code"
                maxLength={12}
                defaultValue=""
                aria-invalid={Boolean(e.emailCode)}
                className={inputClass}
              />
            </Field>
          ) : null}
        </>
      ) : null}
      {step === 'place' ? (
        <>
          <ProvinceCountyFields
            provinces={provinces}
            labels={{ province: t('fields.provinceId'), county: t('fields.countyId'), choose: t('choose') }}
            errors={e}
            defaults={{ provinceId: v.provinceId, countyId: v.countyId }}
          />
        </>
      ) : null}
      {step === 'background' ? (
        <>
          {text('education')}
          {text('occupation')}
          {text('skills', { hint: true })}
          <fieldset>
            <legend className="font-medium">{t('fields.interests')}</legend>
            <div className="mt-2 grid gap-1 sm:grid-cols-2">
              {interests.map((i) => (
                <label key={i.id} className="flex min-h-11 items-center gap-2">
                  <input type="checkbox" name="interests" value={i.id} defaultChecked={saved.interests.includes(i.id)} className="size-5" /> {i.name}
                </label>
              ))}
            </div>
          </fieldset>
          {text('availability', { hint: true })}
        </>
      ) : null}
      {step === 'declaration' ? (
        <fieldset className="space-y-2">
          <legend className="font-medium">{t('declaration.legend')}</legend>
          {box('commitments')}
          {box('noCriminalRecord')}
          {box('consentInquiries')}
        </fieldset>
      ) : null}
      <FormMessage
        id="step-message"
        message={state.data?.emailCodeSent ? t('emailCodeSent') : state.ok ? undefined : state.message}
        ok={Boolean(state.data?.emailCodeSent)}
      />
      <button type="submit" className={buttonClass()} disabled={pending} aria-busy={pending}>
        {pending ? t('saving') : t('saveStep')}
      </button>
    </form>
  );
}

/** Sends the completed application to the province. */
export function SubmitApplicationForm({ action }: { action: (state: ActionState, formData: FormData) => Promise<ActionState> }) {
  const t = useTranslations('application');
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'submit-message' });
  return (
    <form {...formProps} className="space-y-2 rounded-xl border border-brand-700 bg-brand-50 p-4">
      <p className="text-sm">{t('submitExplain')}</p>
      <FormMessage id="submit-message" message={state.ok ? undefined : state.message} />
      <button type="submit" className={buttonClass()} disabled={pending} aria-busy={pending}>
        {pending ? t('saving') : t('submit')}
      </button>
    </form>
  );
}
