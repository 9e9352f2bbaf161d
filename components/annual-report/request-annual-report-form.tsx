'use client';

import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

/** The words and choices the form shows, made on the server (the form only renders). */
export type RequestFormLabels = {
  title: string;
  year: string;
  scope: string;
  national: string;
  provinces: string;
  agencies: string;
  submit: string;
  sending: string;
  requested: string;
  alreadyRunning: string;
};

type Props = {
  action: (state: ActionState<{ id: string; existing: boolean }>, formData: FormData) => Promise<ActionState<{ id: string; existing: boolean }>>;
  /** Jalali years, newest first, as value and the label in the page's digits. */
  years: { value: number; label: string }[];
  /** National office: every scope; province staff: their province only (no national, no agencies). */
  provinces: { id: number; name: string }[];
  agencies: { id: string; name: string }[] | null;
  nationalAllowed: boolean;
  labels: RequestFormLabels;
};

/** Asks for an annual report: a year and one scope select. Works without JavaScript (a plain form post). */
export function RequestAnnualReportForm({ action, years, provinces, agencies, nationalAllowed, labels }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'annual-request-message' });
  const e = state.fieldErrors ?? {};
  const message = state.ok ? (state.data?.existing ? labels.alreadyRunning : labels.requested) : state.message;
  return (
    <section aria-labelledby="annual-request-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="annual-request-title" className="text-lg font-bold">
        {labels.title}
      </h2>
      <form {...formProps} noValidate className="space-y-4">
        <FormMessage id="annual-request-message" message={message} ok={state.ok} errors={e} labels={{ year: labels.year, scope: labels.scope }} />
        <Field id="year" label={labels.year} error={e.year}>
          <select name="year" defaultValue={state.values?.year ?? String(years[0]?.value ?? '')} className={inputClass}>
            {years.map((y) => (
              <option key={y.value} value={y.value}>
                {y.label}
              </option>
            ))}
          </select>
        </Field>
        <Field id="scope" label={labels.scope} error={e.scope ?? e.provinceId ?? e.agencyId}>
          <select name="scope" defaultValue={state.values?.scope ?? (nationalAllowed ? 'national' : `province:${provinces[0]?.id}`)} className={inputClass}>
            {nationalAllowed ? <option value="national">{labels.national}</option> : null}
            <optgroup label={labels.provinces}>
              {provinces.map((p) => (
                <option key={p.id} value={`province:${p.id}`}>
                  {p.name}
                </option>
              ))}
            </optgroup>
            {agencies ? (
              <optgroup label={labels.agencies}>
                {agencies.map((a) => (
                  <option key={a.id} value={`agency:${a.id}`}>
                    {a.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </select>
        </Field>
        <button type="submit" disabled={pending} className={buttonClass()}>
          {pending ? labels.sending : labels.submit}
        </button>
      </form>
    </section>
  );
}
