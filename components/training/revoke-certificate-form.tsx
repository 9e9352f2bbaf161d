'use client';

import { revokeCertificateAction } from '@/app/(dashboard)/training/certificates/actions';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';

type Props = {
  certificateId: string;
  /** From messages `certificates`: revokeTitle, reason, reasonHint, revoke. */
  labels: { title: string; reason: string; hint: string; submit: string };
};

/**
 * Staff revoke one certificate with a reason (3–500 characters, staff-only; the public page then says "revoked").
 * Works without JavaScript: the form posts to the server action and the page comes back with the answer.
 */
export function RevokeCertificateForm({ certificateId, labels }: Props) {
  const id = `revoke-certificate-${certificateId}`;
  const { state, pending, formProps } = useFormAction(revokeCertificateAction, { summaryId: `${id}-message` });
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4" open={!state.ok && Boolean(state.message)}>
      <summary className="cursor-pointer font-semibold">{labels.title}</summary>
      <form {...formProps} noValidate className="mt-4 space-y-4">
        <FormMessage id={`${id}-message`} message={state.message} ok={state.ok} />
        <input type="hidden" name="certificateId" value={certificateId} />
        <Field id={`${id}-reason`} label={labels.reason} hint={labels.hint} error={state.fieldErrors?.reason}>
          <textarea name="reason" rows={3} maxLength={500} required defaultValue={state.values?.reason} className={inputClass} />
        </Field>
        <button type="submit" disabled={pending || state.ok} aria-busy={pending} className={`${buttonClass('danger')} disabled:opacity-60`}>
          {labels.submit}
        </button>
      </form>
    </details>
  );
}
