'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, describedBy, inputClass } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

type Props = { action: (state: ActionState, formData: FormData) => Promise<ActionState>; reportId: string; version: number };

/** Taking a published outcome off the public pages (issue #16): a reason for the staff, and a confirmation. */
export function UnpublishOutcomeForm({ action, reportId, version }: Props) {
  const t = useTranslations('publishOutcome');
  const r = useTranslations('review');
  const router = useRouter();
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'unpublish-message' });
  const e = state.fieldErrors ?? {};
  return (
    <details className="rounded-xl border border-slate-200 bg-white p-4" open={Boolean(state.message)}>
      <summary className="cursor-pointer font-semibold">{t('unpublishTitle')}</summary>
      <form {...formProps} noValidate className="mt-4 space-y-4">
        <p className="text-sm leading-6 text-muted">{t('unpublishIntro')}</p>
        <FormMessage id="unpublish-message" message={state.message} ok={state.ok} />
        {state.code === 'CONFLICT' ? (
          <button type="button" onClick={() => router.refresh()} className={buttonClass('secondary')}>
            {r('reload')}
          </button>
        ) : null}
        <input type="hidden" name="reportId" value={reportId} />
        <input type="hidden" name="version" value={version} />
        <Field id="unpublish-reason" label={t('reason')} hint={t('reasonHint')} error={e.internalNote}>
          <textarea
            id="unpublish-reason"
            name="internalNote"
            dir="auto"
            rows={3}
            maxLength={2000}
            defaultValue={state.values?.internalNote}
            aria-describedby={describedBy('unpublish-reason')}
            className={inputClass}
          />
        </Field>
        <div>
          <label className="flex min-h-11 items-start gap-3">
            <input
              type="checkbox"
              id="unpublish-confirmed"
              name="confirmed"
              defaultChecked={state.values?.confirmed === 'on'}
              aria-describedby="unpublish-confirmed-error"
              aria-invalid={e.confirmed ? true : undefined}
              className="mt-1 size-4"
            />
            <span>{t('unpublishConfirm')}</span>
          </label>
          <p id="unpublish-confirmed-error" aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden">
            {e.confirmed?.join(' ')}
          </p>
        </div>
        <button type="submit" disabled={pending || state.ok} className={`${buttonClass('danger')} disabled:opacity-60`}>
          {t('unpublish')}
        </button>
      </form>
    </details>
  );
}
