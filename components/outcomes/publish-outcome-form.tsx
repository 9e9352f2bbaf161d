'use client';

import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, TickField } from '@/components/ui/field';
import { TextArea } from '@/components/ui/inputs';
import { ReloadOnConflict } from '@/components/ui/reload-on-conflict';
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
        <ReloadOnConflict code={state.code} label={r('reload')} />
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="version" value={version} />
        <Field id={id('publicOutcome')} label={t('publicOutcome')} hint={t('publicOutcomeHint', PUBLIC_SUMMARY_LIMITS.publicOutcome)} error={e.publicOutcome}>
          <TextArea name="publicOutcome" rows={5} maxLength={PUBLIC_SUMMARY_LIMITS.publicOutcome.max} defaultValue={value('publicOutcome')} />
        </Field>
        <Field id={id('publicAnswer')} label={t('publicAnswer')} hint={t('publicAnswerHint', PUBLIC_SUMMARY_LIMITS.publicAnswer)} error={e.publicAnswer}>
          <TextArea name="publicAnswer" rows={4} maxLength={PUBLIC_SUMMARY_LIMITS.publicAnswer.max} defaultValue={value('publicAnswer')} />
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
          <TickField
            id={id('warningsChecked')}
            name="warningsChecked"
            label={t('warningsChecked')}
            checked={state.values?.warningsChecked === 'on'}
            error={e.warningsChecked}
          />
        ) : null}
        <TickField id={id('confirmed')} name="confirmed" label={t('confirm')} checked={state.values?.confirmed === 'on'} error={e.confirmed} />
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
