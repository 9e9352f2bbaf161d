'use client';

import { useTranslations } from 'next-intl';
import { ReloadOnConflict } from '@/components/ui/reload-on-conflict';
import { useFormAction } from '@/components/ui/use-form-action';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, describedBy, inputClass } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';
import type { Requirement, WorkflowAction } from '@/lib/workflow/transitions';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  reportId: string;
  version: number;
  move: WorkflowAction;
  requires: readonly Requirement[];
  /** For the refer move: the agencies to choose from, those that handle the report's category in its province marked. */
  agencies: { id: string; name: string; suggested: boolean }[];
};

/** One decision a reviewer may take, as its own small form. */
export function TransitionForm({ action, reportId, version, move, requires, agencies }: Props) {
  const t = useTranslations('review');
  const { state, pending, formProps } = useFormAction(action, { summaryId: `${move}-message`, resetOnSuccess: true });
  const id = (field: string) => `${move}-${field}`;
  const e = state.fieldErrors ?? {};

  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4" open={!state.ok && Boolean(state.message)}>
      <summary className="cursor-pointer font-semibold">{t(`moves.${move}`)}</summary>
      <form {...formProps} noValidate className="mt-4 space-y-4">
        <FormMessage id={id('message')} message={state.message} ok={state.ok} />
        <ReloadOnConflict code={state.code} label={t('reload')} />
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="action" value={move} />
        <Field
          id={id('publicNote')}
          label={requires.includes('publicNote') ? t(move === 'requestInfo' ? 'question' : 'publicNoteRequired') : t('publicNoteOptional')}
          hint={t('publicNoteHint')}
          error={e.publicNote}
        >
          <textarea
            id={id('publicNote')}
            name="publicNote"
            rows={3}
            maxLength={2000}
            defaultValue={state.values?.publicNote}
            aria-describedby={describedBy(id('publicNote'))}
            className={inputClass}
          />
        </Field>
        <Field id={id('internalNote')} label={t('internalNoteLabel')} hint={t('internalNoteHint')} error={e.internalNote}>
          <textarea
            id={id('internalNote')}
            name="internalNote"
            rows={2}
            maxLength={2000}
            defaultValue={state.values?.internalNote}
            aria-describedby={describedBy(id('internalNote'))}
            className={inputClass}
          />
        </Field>
        {requires.includes('agency') ? <AgencyChoice id={id('agencyId')} agencies={agencies} chosen={state.values?.agencyIds} error={e.agencyId} /> : null}
        {requires.includes('agency') ? (
          <Field id={id('coveringNote')} label={t('coveringNote')} hint={t('coveringNoteHint')} error={e.coveringNote}>
            <textarea
              id={id('coveringNote')}
              name="coveringNote"
              rows={3}
              maxLength={3000}
              defaultValue={state.values?.coveringNote}
              aria-describedby={describedBy(id('coveringNote'))}
              className={inputClass}
            />
          </Field>
        ) : null}
        {requires.includes('duplicateOf') ? (
          <Field id={id('duplicateOf')} label={t('duplicateOf')} hint={t('duplicateOfHint')} error={e.duplicateOf}>
            <input
              id={id('duplicateOf')}
              name="duplicateOf"
              dir="ltr"
              inputMode="numeric"
              autoComplete="off"
              defaultValue={state.values?.duplicateOf}
              aria-describedby={describedBy(id('duplicateOf'))}
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
              <span>{t(`confirm.${move}`)}</span>
            </label>
            <p id={`${id('confirmed')}-error`} aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden">
              {e.confirmed?.join(' ')}
            </p>
          </div>
        ) : null}
        <button
          type="submit"
          disabled={pending || state.ok}
          className={`${move === 'reject' ? `${buttonClass('danger')}` : buttonClass()} disabled:opacity-60`}
        >
          {t(`moves.${move}`)}
        </button>
      </form>
    </details>
  );
}

/** The agencies to refer to, as checkboxes: those that handle this category in this province first. */
function AgencyChoice({ id, agencies, chosen, error }: { id: string; agencies: Props['agencies']; chosen?: string; error?: string[] }) {
  const t = useTranslations('review');
  const ticked = new Set((chosen ?? '').split(',').filter(Boolean));
  const group = (list: Props['agencies'], legend: string) =>
    list.length ? (
      <fieldset className="space-y-1">
        <legend className="text-sm text-muted">{legend}</legend>
        {list.map((a) => (
          <label key={a.id} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name="agencyIds" value={a.id} defaultChecked={ticked.has(a.id)} className="size-5" />
            <bdi>{a.name}</bdi>
          </label>
        ))}
      </fieldset>
    ) : null;
  return (
    <fieldset id={id} aria-describedby={`${id}-error`} aria-invalid={error ? true : undefined} className="space-y-3">
      <legend className="font-medium">{t('agencies')}</legend>
      {group(
        agencies.filter((a) => a.suggested),
        t('agenciesSuggested'),
      )}
      {group(
        agencies.filter((a) => !a.suggested),
        t('agenciesOther'),
      )}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-800 empty:hidden">
        {error?.join(' ')}
      </p>
    </fieldset>
  );
}
