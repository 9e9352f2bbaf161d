'use client';

import { useFormAction } from '@/components/ui/use-form-action';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';

export type CreatedKey = { label: string; key: string; expiresOn: string };

/** The words the form shows, translated on the server (the form only renders). */
export type CreateKeyLabels = {
  title: string;
  label: string;
  labelHint: string;
  days: string;
  daysHint: string;
  rate: string;
  rateHint: string;
  submit: string;
  secretTitle: string;
  secretWarning: string;
  secretLabel: string;
  expiresOn: string;
};

type Props = {
  action: (state: ActionState<CreatedKey>, formData: FormData) => Promise<ActionState<CreatedKey>>;
  agencyId: string;
  labels: CreateKeyLabels;
};

/**
 * A new key: label, days of validity, requests per minute. On success the whole key is shown here once,
 * with the warning that it is stored nowhere; without JavaScript the page comes back with it.
 */
export function CreateApiKeyForm({ action, agencyId, labels }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'new-key-message', doneId: 'new-key-secret', resetOnSuccess: true });
  const e = state.fieldErrors ?? {};
  const v = state.ok ? {} : (state.values ?? {});
  const created = state.ok ? state.data : undefined;
  return (
    <div className="space-y-3">
      {created ? (
        <div id="new-key-secret" tabIndex={-1} role="status" className="space-y-2 rounded-xl border-2 border-amber-600 bg-amber-50 p-4">
          <h3 className="font-bold">{labels.secretTitle.replace('{label}', created.label)}</h3>
          <p className="text-sm font-medium text-amber-900">{labels.secretWarning}</p>
          <label htmlFor="new-key-value" className="block text-sm font-medium">
            {labels.secretLabel}
          </label>
          <input
            id="new-key-value"
            readOnly
            dir="ltr"
            value={created.key}
            autoComplete="off"
            spellCheck={false}
            className={`${inputClass} font-mono text-sm`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p className="text-sm text-muted">{labels.expiresOn.replace('{date}', created.expiresOn)}</p>
        </div>
      ) : null}
      <form {...formProps} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" noValidate aria-labelledby="new-key-title">
        <h2 id="new-key-title" className="text-lg font-bold">
          {labels.title}
        </h2>
        <input type="hidden" name="agencyId" value={agencyId} />
        <Field id="key-label" label={labels.label} hint={labels.labelHint} error={e.label}>
          <input id="key-label" name="label" dir="auto" maxLength={80} defaultValue={v.label} className={inputClass} />
        </Field>
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="key-days" label={labels.days} hint={labels.daysHint} error={e.expiresInDays}>
            <input id="key-days" name="expiresInDays" inputMode="numeric" dir="ltr" defaultValue={v.expiresInDays ?? '365'} className={inputClass} />
          </Field>
          <Field id="key-rate" label={labels.rate} hint={labels.rateHint} error={e.ratePerMinute}>
            <input id="key-rate" name="ratePerMinute" inputMode="numeric" dir="ltr" defaultValue={v.ratePerMinute ?? '60'} className={inputClass} />
          </Field>
        </div>
        <FormMessage id="new-key-message" ok={state.ok} message={state.message} />
        <button type="submit" className={buttonClass()} disabled={pending} aria-busy={pending}>
          {labels.submit}
        </button>
      </form>
    </div>
  );
}
