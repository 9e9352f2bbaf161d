'use client';

import { buttonClass } from '@/components/ui/button-link';
import { FormMessage } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Hidden fields: the ids the action needs. */
  fields: Record<string, string>;
  label: string;
  /** A unique id on the page, for the answer's focus target. */
  id: string;
  variant?: 'primary' | 'secondary' | 'danger';
};

/** One button that posts one action (start, mark done, publish…), with its answer above it; works without JavaScript. */
export function ActionButtonForm({ action, fields, label, id, variant = 'primary' }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: `${id}-message` });
  // A button has no field to point at: the reasons join the message.
  const reasons = state.ok ? [] : Object.values(state.fieldErrors ?? {}).flat();
  const message = [state.message, ...reasons].filter(Boolean).join(' ');
  return (
    <form {...formProps} className="space-y-2" noValidate>
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <FormMessage id={`${id}-message`} ok={state.ok} message={message || undefined} />
      <button type="submit" className={`${buttonClass(variant)} disabled:opacity-60`} disabled={pending} aria-busy={pending}>
        {label}
      </button>
    </form>
  );
}
