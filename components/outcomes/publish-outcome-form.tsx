'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, describedBy, inputClass } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';
import type { SummaryWarning } from '@/lib/outcomes/check-summary';
import type { PublishOutcomeFormData } from '@/lib/outcomes/publish-outcome-form';
import { PUBLIC_SUMMARY_LIMITS } from '@/lib/outcomes/summary-limits';
import { OutcomeCard } from './outcome-card';

type Props = {
  action: (state: ActionState<PublishOutcomeFormData>, formData: FormData) => Promise<ActionState<PublishOutcomeFormData>>;
  reportId: string;
  version: number;
  /** The summaries of an earlier publication (kept on the report when it was unpublished). */
  earlier: { publicOutcome: string | null; publicAnswer: string | null };
};

/**
 * The national office's publish form (issue #16): the two summaries, "Preview" (the card exactly as the
 * public will see it, and the personal-data warnings; nothing saved) and "Publish" (the confirmation, and
 * "I checked the warnings" once there are warnings). Both buttons post the same form, so without
 * JavaScript the page comes back with the preview and every typed value.
 */
export function PublishOutcomeForm({ action, reportId, version, earlier }: Props) {
  const t = useTranslations('publishOutcome');
  const r = useTranslations('review');
  const router = useRouter();
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'publish-message', doneId: 'publish-preview' });
  const e = state.fieldErrors ?? {};
  const refused = !state.ok || Object.keys(e).length > 0;
  const preview = state.data?.preview;
  const warnings = preview?.warnings ?? [];
  const value = (field: 'publicOutcome' | 'publicAnswer') => state.values?.[field] ?? earlier[field] ?? '';
  const id = (field: string) => `publish-${field}`;

  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4" open={Boolean(state.message || preview)}>
      <summary className="cursor-pointer font-semibold">{r('moves.publish')}</summary>
      <form {...formProps} noValidate className="mt-4 space-y-4">
        <p className="text-sm leading-6 text-muted">{t('intro')}</p>
        {earlier.publicOutcome ? <p className="text-sm text-muted">{t('earlier')}</p> : null}
        <FormMessage
          id="publish-message"
          message={state.data?.published ? t('published') : refused ? state.message : undefined}
          ok={Boolean(state.data?.published)}
        />
        {state.code === 'CONFLICT' ? (
          <button type="button" onClick={() => router.refresh()} className={buttonClass('secondary')}>
            {r('reload')}
          </button>
        ) : null}
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="version" value={version} />
        <Field id={id('publicOutcome')} label={t('publicOutcome')} hint={t('publicOutcomeHint', PUBLIC_SUMMARY_LIMITS.publicOutcome)} error={e.publicOutcome}>
          <textarea
            id={id('publicOutcome')}
            name="publicOutcome"
            dir="auto"
            rows={5}
            maxLength={PUBLIC_SUMMARY_LIMITS.publicOutcome.max}
            defaultValue={value('publicOutcome')}
            aria-describedby={describedBy(id('publicOutcome'))}
            className={inputClass}
          />
        </Field>
        <Field id={id('publicAnswer')} label={t('publicAnswer')} hint={t('publicAnswerHint', PUBLIC_SUMMARY_LIMITS.publicAnswer)} error={e.publicAnswer}>
          <textarea
            id={id('publicAnswer')}
            name="publicAnswer"
            dir="auto"
            rows={4}
            maxLength={PUBLIC_SUMMARY_LIMITS.publicAnswer.max}
            defaultValue={value('publicAnswer')}
            aria-describedby={describedBy(id('publicAnswer'))}
            className={inputClass}
          />
        </Field>
        <button type="submit" name="intent" value="preview" disabled={pending} className={`${buttonClass('secondary')} disabled:opacity-60`}>
          {t('preview')}
        </button>

        {preview ? (
          <section id="publish-preview" tabIndex={-1} aria-labelledby="publish-preview-title" className="space-y-3 rounded-xl bg-slate-50 p-3">
            <h3 id="publish-preview-title" className="font-bold">
              {t('previewTitle')}
            </h3>
            <Warnings warnings={warnings} />
            <p className="text-xs text-muted">{t('previewNote')}</p>
            <OutcomeCard outcome={preview.outcome} headingLevel={3} />
          </section>
        ) : null}

        {warnings.length > 0 ? (
          <Tick
            id={id('warningsChecked')}
            name="warningsChecked"
            label={t('warningsChecked')}
            checked={state.values?.warningsChecked === 'on'}
            error={e.warningsChecked}
          />
        ) : null}
        <Tick id={id('confirmed')} name="confirmed" label={t('confirm')} checked={state.values?.confirmed === 'on'} error={e.confirmed} />
        <button type="submit" name="intent" value="publish" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
          {t('publish')}
        </button>
      </form>
    </details>
  );
}

/** What the personal-data check found, each with the words to rewrite; or that it found nothing. */
function Warnings({ warnings }: { warnings: SummaryWarning[] }) {
  const t = useTranslations('publishOutcome');
  if (warnings.length === 0)
    return (
      <p className="rounded-lg bg-brand-50 p-3 text-sm text-brand-800" data-testid="publish-no-warnings">
        {t('noWarnings')}
      </p>
    );
  return (
    <div className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-900" data-testid="publish-warnings">
      <p className="font-bold">{t('warningsTitle')}</p>
      <p className="mt-1">{t('warningsIntro')}</p>
      <ul className="mt-2 list-disc space-y-1 ps-5">
        {warnings.map((w, i) => (
          <li key={`${w.kind}-${i}`}>
            {t(`warningKinds.${w.kind === 'nationalCode' && w.validChecksum ? 'nationalCodeValid' : w.kind}`)}: «<bdi dir="auto">{w.excerpt}</bdi>»
          </li>
        ))}
      </ul>
    </div>
  );
}

function Tick({ id, name, label, checked, error }: { id: string; name: string; label: string; checked: boolean; error?: string[] }) {
  return (
    <div>
      <label className="flex min-h-11 items-start gap-3">
        <input
          type="checkbox"
          id={id}
          name={name}
          defaultChecked={checked}
          aria-describedby={`${id}-error`}
          aria-invalid={error ? true : undefined}
          className="mt-1 size-4"
        />
        <span>{label}</span>
      </label>
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden">
        {error?.join(' ')}
      </p>
    </div>
  );
}
