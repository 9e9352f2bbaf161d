'use client';

import { useFormAction } from '@/components/ui/use-form-action';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, describedBy, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  reportId: string;
  labels: { title: string; note: string };
};

/** The national office dismisses a reporter's appeal, with a note the reporter reads (upholding is sending an answer back). */
export function DismissAppealForm({ action, reportId, labels }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'dismiss-appeal-message', resetOnSuccess: true });
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4" open={!state.ok && Boolean(state.message)}>
      <summary className="cursor-pointer font-semibold">{labels.title}</summary>
      <form {...formProps} noValidate className="mt-4 space-y-4">
        <FormMessage id="dismiss-appeal-message" message={state.message} ok={state.ok} />
        <input type="hidden" name="reportId" value={reportId} />
        <Field id="dismiss-appeal-note" label={labels.note} error={state.fieldErrors?.note}>
          <textarea
            id="dismiss-appeal-note"
            name="note"
            rows={3}
            maxLength={3000}
            defaultValue={state.values?.note}
            aria-describedby={describedBy('dismiss-appeal-note')}
            className={inputClass}
          />
        </Field>
        <button type="submit" disabled={pending || state.ok} className={`${buttonClass('secondary')} disabled:opacity-60`}>
          {labels.title}
        </button>
      </form>
    </details>
  );
}
