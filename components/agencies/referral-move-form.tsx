'use client';

import { ReloadOnConflict } from '@/components/ui/reload-on-conflict';
import { useFormAction } from '@/components/ui/use-form-action';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, describedBy, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';
import type { ReferralAction, ReferralRequirement } from '@/lib/workflow/referral-transitions';

/** The words the form shows, translated on the server (the form only renders). */
export type MoveFormLabels = {
  title: string;
  note: string;
  resolution: string;
  resolutions: { RESOLVED: string; UNRESOLVED: string };
  outcome?: { label: string; none: string; FIXED: string; NO_FURTHER_ACTION: string };
  files?: string;
  confirm: string;
  choose: string;
  reload: string;
};

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  referralId: string;
  version: number;
  move: ReferralAction;
  requires: readonly ReferralRequirement[];
  labels: MoveFormLabels;
};

/** One move on a referral, as its own small form; works without JavaScript (a plain form post). */
export function ReferralMoveForm({ action, referralId, version, move, requires, labels }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: `${referralId}-${move}-message`, resetOnSuccess: true });
  const id = (field: string) => `${referralId}-${move}-${field}`;
  const e = state.fieldErrors ?? {};
  const withFiles = labels.files !== undefined;
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4" open={!state.ok && Boolean(state.message)}>
      <summary className="cursor-pointer font-semibold">{labels.title}</summary>
      <form {...formProps} encType={withFiles ? 'multipart/form-data' : undefined} noValidate className="mt-4 space-y-4">
        <FormMessage id={id('message')} message={state.message} ok={state.ok} />
        <ReloadOnConflict code={state.code} label={labels.reload} />
        <input type="hidden" name="referralId" value={referralId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="action" value={move} />
        {requires.includes('resolution') ? (
          <Field id={id('resolution')} label={labels.resolution} error={e.resolution}>
            <select
              id={id('resolution')}
              name="resolution"
              defaultValue={state.values?.resolution ?? ''}
              aria-describedby={describedBy(id('resolution'))}
              className={inputClass}
            >
              <option value="">{labels.choose}</option>
              <option value="RESOLVED">{labels.resolutions.RESOLVED}</option>
              <option value="UNRESOLVED">{labels.resolutions.UNRESOLVED}</option>
            </select>
          </Field>
        ) : null}
        {labels.outcome ? (
          <Field id={id('outcome')} label={labels.outcome.label} error={e.outcome}>
            <select
              id={id('outcome')}
              name="outcome"
              defaultValue={state.values?.outcome ?? ''}
              aria-describedby={describedBy(id('outcome'))}
              className={inputClass}
            >
              <option value="">{labels.outcome.none}</option>
              <option value="FIXED">{labels.outcome.FIXED}</option>
              <option value="NO_FURTHER_ACTION">{labels.outcome.NO_FURTHER_ACTION}</option>
            </select>
          </Field>
        ) : null}
        <Field id={id('note')} label={labels.note} error={e.note}>
          <textarea
            id={id('note')}
            name="note"
            rows={4}
            maxLength={5000}
            required={requires.includes('note')}
            defaultValue={state.values?.note}
            aria-describedby={describedBy(id('note'))}
            className={inputClass}
          />
        </Field>
        {withFiles ? (
          <Field id={id('files')} label={labels.files!} error={e.attachments}>
            <input
              id={id('files')}
              name="files"
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp,application/pdf"
              aria-describedby={describedBy(id('files'))}
              className={inputClass}
            />
          </Field>
        ) : null}
        {requires.includes('confirm') ? (
          <div>
            <label className="flex min-h-11 items-start gap-3">
              <input
                type="checkbox"
                id={id('confirmed')}
                name="confirmed"
                defaultChecked={state.values?.confirmed === 'on'}
                aria-describedby={`${id('confirmed')}-error`}
                aria-invalid={e.confirmed ? true : undefined}
                className="mt-1 size-4"
              />
              <span>{labels.confirm}</span>
            </label>
            <p id={`${id('confirmed')}-error`} aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden">
              {e.confirmed?.join(' ')}
            </p>
          </div>
        ) : null}
        <button
          type="submit"
          disabled={pending || state.ok}
          className={`${move === 'decline' || move === 'withdraw' ? buttonClass('danger') : buttonClass()} disabled:opacity-60`}
        >
          {labels.title}
        </button>
      </form>
    </details>
  );
}
