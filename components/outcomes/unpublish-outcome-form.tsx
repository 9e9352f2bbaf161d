'use client';

import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, TickField } from '@/components/ui/field';
import { TextArea } from '@/components/ui/inputs';
import { ReloadOnConflict } from '@/components/ui/reload-on-conflict';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; reportId: string; version: number };

/** Taking a published outcome off the public pages (issue #16): a reason for the staff, and a confirmation. */
export function UnpublishOutcomeForm({ action, reportId, version }: Props) {
  const t = useTranslations('publishOutcome');
  const r = useTranslations('review');
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'unpublish-message' });
  const e = state.fieldErrors ?? {};
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4" open={Boolean(state.message)}>
      <summary className="cursor-pointer font-semibold">{t('unpublishTitle')}</summary>
      <form {...formProps} noValidate className="mt-4 space-y-4">
        <p className="text-sm leading-6 text-muted">{t('unpublishIntro')}</p>
        <FormMessage id="unpublish-message" message={state.message} ok={state.ok} />
        <ReloadOnConflict code={state.code} label={r('reload')} />
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="version" value={version} />
        <Field id="unpublish-reason" label={t('reason')} hint={t('reasonHint')} error={e.internalNote}>
          <TextArea name="internalNote" rows={3} maxLength={2000} defaultValue={state.values?.internalNote} />
        </Field>
        <TickField id="unpublish-confirmed" name="confirmed" label={t('unpublishConfirm')} checked={state.values?.confirmed === 'on'} error={e.confirmed} />
        <button type="submit" disabled={pending || state.ok} className={`${buttonClass('danger')} disabled:opacity-60`}>
          {t('unpublish')}
        </button>
      </form>
    </details>
  );
}
