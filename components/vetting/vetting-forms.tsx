'use client';

import { useTranslations } from 'next-intl';
import { useFormAction } from '@/components/ui/use-form-action';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage } from '@/components/ui/field';
import { TextArea } from '@/components/ui/inputs';
import type { ActionState } from '@/lib/actions/action-state';
import type { VettingAction } from '@/lib/vetting/transitions';

type VetProps = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  memberId: string;
  version: number;
  move: VettingAction;
  needsNote: boolean;
  /** The move cannot be undone: a tick, checked again on the server. */
  needsConfirm: boolean;
};

/** One vetting move as its own small form (a note where the applicant must be told why). */
export function VettingActionForm({ action, memberId, version, move, needsNote, needsConfirm }: VetProps) {
  const t = useTranslations('vetting');
  const { state, pending, formProps } = useFormAction(action, { summaryId: `${move}-message`, resetOnSuccess: true });
  const id = `${move}-note`;
  const errors = [...(state.fieldErrors?.note ?? []), ...(state.fieldErrors?.action ?? [])];
  return (
    <form {...formProps} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
      <input type="hidden" name="memberId" value={memberId} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="action" value={move} />
      {needsNote ? (
        <Field id={id} label={t('note')} error={state.fieldErrors?.note}>
          <TextArea name="note" rows={2} />
        </Field>
      ) : null}
      {needsConfirm ? (
        <div>
          <label className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              name="confirmed"
              aria-describedby={`${move}-confirmed-error`}
              aria-invalid={state.fieldErrors?.confirmed ? true : undefined}
              className="mt-1 size-4"
            />
            <span>{t(`confirm.${move}`)}</span>
          </label>
          <p id={`${move}-confirmed-error`} aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden">
            {state.fieldErrors?.confirmed?.join(' ')}
          </p>
        </div>
      ) : null}
      <FormMessage
        id={`${move}-message`}
        message={state.ok ? undefined : [state.message, ...(needsNote ? (state.fieldErrors?.action ?? []) : errors)].filter(Boolean).join(' ')}
      />
      <button type="submit" className={buttonClass(move === 'reject' ? 'danger' : 'primary')} disabled={pending} aria-busy={pending}>
        {t(`moves.${move}`)}
      </button>
    </form>
  );
}

type Revealed = { nationalCode: string | null; mobile: string | null };

/** Full national code and mobile for matching by hand; the reveal is recorded in the audit log. */
export function ApplicantReveal({
  memberId,
  action,
}: {
  memberId: string;
  action: (state: ActionState<Revealed>, formData: FormData) => Promise<ActionState<Revealed>>;
}) {
  const t = useTranslations('vetting');
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'applicant-reveal-message', doneId: 'applicant-identity' });
  if (state.ok && state.data) {
    return (
      <div id="applicant-identity" tabIndex={-1} className="rounded-lg bg-amber-50 p-3 text-sm" data-testid="applicant-identity">
        <p>
          {t('fields.nationalCode')}: <span dir="ltr">{state.data.nationalCode ?? '—'}</span> · {t('fields.mobile')}:{' '}
          <span dir="ltr">{state.data.mobile ?? '—'}</span>
        </p>
        <p className="mt-1 text-xs text-muted">{t('revealRecorded')}</p>
      </div>
    );
  }
  return (
    <form {...formProps}>
      <input type="hidden" name="memberId" value={memberId} />
      <button type="submit" className={buttonClass('secondary')} disabled={pending} aria-busy={pending}>
        {t('reveal')}
      </button>
      <FormMessage id="applicant-reveal-message" message={state.message} />
    </form>
  );
}
