import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';

export const inputClass =
  'mt-1 block min-h-11 w-full rounded-lg border border-slate-400 bg-white px-3 py-2 text-base aria-invalid:border-red-700 aria-invalid:ring-1 aria-invalid:ring-red-700';

/** The ids an input names in aria-describedby: its hint and its error line. */
export const describedBy = (id: string) => `${id}-hint ${id}-error`;

type ControlProps = { id?: string; 'aria-describedby'?: string; 'aria-invalid'?: boolean | 'true' | 'false' };

/**
 * Label, hint and error for one input; the error is announced when it appears. The control inside gets
 * its `id`, `aria-describedby` (hint and error) and `aria-invalid` from here, so no form wires them by hand.
 */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string[]; children: ReactNode }) {
  const control = isValidElement<ControlProps>(children)
    ? cloneElement(children as ReactElement<ControlProps>, { id, 'aria-describedby': describedBy(id), 'aria-invalid': error?.length ? true : undefined })
    : children;
  return (
    <div>
      <label htmlFor={id} className="block font-medium">
        {label}
      </label>
      {control}
      <p id={`${id}-hint`} className="mt-1 text-xs text-muted empty:hidden">
        {hint}
      </p>
      <p id={`${id}-error`} aria-live="polite" className="mt-1 text-sm text-red-800 empty:hidden">
        {error?.join(' ')}
      </p>
    </div>
  );
}

/**
 * The form's answer: a message, and on failure the list of fields in error, each a link to its field
 * (GOV.UK's error summary), so a phone user whose error is 1,000 px above the button can reach it.
 * Focusable (tabIndex -1): the form moves focus here after an answer (useFormAction), and without
 * JavaScript the page comes back with focus here (autoFocus).
 */
export function FormMessage({
  id,
  message,
  ok,
  errors,
  labels,
}: {
  id: string;
  message?: string;
  ok?: boolean;
  errors?: Record<string, string[] | undefined>;
  labels?: Record<string, string>;
}) {
  const listed = Object.entries(errors ?? {}).filter(([, e]) => e?.length);
  return (
    <div
      id={id}
      role="alert"
      aria-live="assertive"
      tabIndex={-1}
      autoFocus={Boolean(message)}
      className={`rounded-lg px-3 py-2 text-sm font-medium empty:hidden focus:outline-offset-2 ${ok ? 'bg-brand-50 text-brand-800' : 'bg-red-50 text-red-800'}`}
    >
      {message ? <p>{message}</p> : null}
      {message && listed.length ? (
        <ul className="mt-1 list-disc space-y-1 ps-5 font-normal">
          {listed.map(([field, e]) => (
            <li key={field}>
              <a href={`#${field}`} className="underline">
                {labels?.[field] ? `${labels[field]}: ` : ''}
                {e!.join(' ')}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** A checkbox the form requires (a confirmation, "I checked the warnings"), with its error line under it. */
export function TickField({ id, name, label, checked, error }: { id: string; name: string; label: string; checked: boolean; error?: string[] }) {
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
