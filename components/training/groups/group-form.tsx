'use client';

import { Field, FormMessage } from '@/components/ui/field';
import { Select, SubmitButton, TextArea, TextInput } from '@/components/ui/inputs';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

/** One input of a group form, its words translated on the server. */
export type GroupFormField =
  | { kind: 'text'; name: string; label: string; hint?: string; dir?: 'ltr' | 'auto'; inputMode?: 'numeric' | 'url' | 'email' }
  | { kind: 'textarea'; name: string; label: string; hint?: string; rows?: number; dir?: 'ltr' | 'auto' }
  | { kind: 'select'; name: string; label: string; hint?: string; options: { value: string; label: string }[] }
  /** A fieldset of checkboxes of one name (attendance); `checked` are the values ticked before any post. */
  | { kind: 'checkboxes'; name: string; label: string; options: { value: string; label: string }[]; checked: string[] };

type Props<T> = {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  /** Unique on the page: prefixes every field id, so several forms of one kind (a hide form per post) coexist. */
  formId: string;
  /** A heading above the fields (an h3), also naming the form for assistive technology. */
  title?: string;
  hidden?: Record<string, string>;
  fields: GroupFormField[];
  submit: string;
  variant?: 'primary' | 'secondary';
  /** Empty the fields after a success (a post, an announcement). */
  resetOnSuccess?: boolean;
  /** Renders the action's data under the message (add-members' sorted lines). */
  children?: (state: ActionState<T>) => React.ReactNode;
};

/**
 * The groups' forms, one shape (STYLE §5): works without JavaScript (a server action posted as a form), each
 * field's error beside it and in the summary, and the posted values put back after a refusal.
 */
export function GroupForm<T>({ action, formId, title, hidden = {}, fields, submit, variant = 'primary', resetOnSuccess = false, children }: Props<T>) {
  const summaryId = `${formId}-message`;
  const { state, pending, formProps } = useFormAction(action, { summaryId, resetOnSuccess });
  const errors = state.fieldErrors ?? {};
  // After a refusal the posted values win; after a success the fields start again (when asked to).
  const values = state.ok && resetOnSuccess ? {} : (state.values ?? {});
  const id = (name: string) => `${formId}-${name}`;
  const labels = Object.fromEntries(fields.map((f) => [id(f.name), f.label]));
  const summaryErrors = Object.fromEntries(Object.entries(errors).map(([name, e]) => [id(name), e]));
  return (
    <form {...formProps} noValidate className="space-y-3" aria-labelledby={title ? `${formId}-title` : undefined}>
      {title ? (
        <h3 id={`${formId}-title`} className="font-bold">
          {title}
        </h3>
      ) : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((f) => {
        const e = errors[f.name];
        if (f.kind === 'checkboxes') {
          const ticked = state.values ? (values[f.name] ?? '').split(',') : f.checked;
          return (
            <fieldset key={f.name} aria-describedby={`${id(f.name)}-error`}>
              <legend className="font-medium">{f.label}</legend>
              {f.options.map((o) => (
                <label key={o.value} className="flex min-h-11 items-center gap-3">
                  <input type="checkbox" name={f.name} value={o.value} defaultChecked={ticked.includes(o.value)} className="size-5" />
                  <bdi className="min-w-0">{o.label}</bdi>
                </label>
              ))}
              <p id={`${id(f.name)}-error`} aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden">
                {e?.join(' ')}
              </p>
            </fieldset>
          );
        }
        return (
          <Field key={f.name} id={id(f.name)} label={f.label} hint={f.hint} error={e}>
            {f.kind === 'textarea' ? (
              <TextArea name={f.name} rows={f.rows ?? 3} dir={f.dir ?? 'auto'} defaultValue={values[f.name] ?? ''} />
            ) : f.kind === 'select' ? (
              <Select name={f.name} key={`${f.name}-${values[f.name] ?? ''}`} defaultValue={values[f.name] ?? ''}>
                {f.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </Select>
            ) : (
              <TextInput name={f.name} dir={f.dir ?? 'auto'} inputMode={f.inputMode} autoComplete="off" defaultValue={values[f.name] ?? ''} />
            )}
          </Field>
        );
      })}
      <FormMessage id={summaryId} message={state.message} ok={state.ok} errors={summaryErrors} labels={labels} />
      {children ? children(state) : null}
      <SubmitButton pending={pending} variant={variant}>
        {submit}
      </SubmitButton>
    </form>
  );
}
