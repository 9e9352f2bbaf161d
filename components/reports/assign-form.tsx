'use client';

import { useTranslations } from 'next-intl';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage } from '@/components/ui/field';
import { Select } from '@/components/ui/inputs';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

type Props = {
  reportId: string;
  /** The reviewers of the case's stage in its scope (lib/reports/assign-report.ts). */
  candidates: { id: string; name: string }[];
  assigneeId: string | null;
  meId: string;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

/** Who works on the case: a reviewer of its stage, chosen from a list, or oneself in one tap. */
export function AssignForm({ reportId, candidates, assigneeId, meId, action }: Props) {
  const t = useTranslations('review.assign');
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'assign-message' });
  const e = state.fieldErrors ?? {};
  return (
    <form {...formProps} noValidate className="space-y-3 rounded-xl border border-slate-200 bg-white p-4" aria-labelledby="assign-title">
      <h2 id="assign-title" className="font-bold">
        {t('title')}
      </h2>
      <FormMessage id="assign-message" message={state.message} ok={state.ok} />
      <input type="hidden" name="reportId" value={reportId} />
      <Field id="assigneeId" label={t('who')} error={e.assigneeId}>
        <Select name="assigneeId" defaultValue={state.values?.assigneeId ?? assigneeId ?? ''}>
          <option value="">{t('nobody')}</option>
          {candidates.map((c) => (
            <option key={c.id} value={c.id}>
              {c.id === meId ? t('me', { name: c.name }) : c.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className={buttonClass()}>
          {t('submit')}
        </button>
        {candidates.some((c) => c.id === meId) && assigneeId !== meId ? (
          // After the select in the form, so its value is the last `assigneeId` sent and wins (with or without JavaScript).
          <button type="submit" name="assigneeId" value={meId} disabled={pending} className={buttonClass('secondary')}>
            {t('toMe')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
