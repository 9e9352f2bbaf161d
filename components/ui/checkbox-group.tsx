/**
 * A group of checkboxes under one legend, with a hint and an error line the group names in
 * aria-describedby (as `Field` does for one input). Posts each ticked value under `name`; after a
 * refused post the caller passes the posted values as `checked`, so no tick is lost.
 */
export function CheckboxGroup({
  id,
  legend,
  hint,
  error,
  options,
  checked,
  disabled = false,
}: {
  /** The fieldset's id and the posted name. */
  id: string;
  legend: string;
  hint?: string;
  error?: string[];
  options: { value: string; label: string }[];
  checked: ReadonlySet<string>;
  disabled?: boolean;
}) {
  return (
    <fieldset id={id} aria-describedby={`${id}-hint ${id}-error`} aria-invalid={error ? true : undefined} disabled={disabled}>
      <legend className="font-medium">{legend}</legend>
      <p id={`${id}-hint`} className="text-sm text-muted empty:hidden">
        {hint}
      </p>
      <div className="mt-2 grid gap-1 sm:grid-cols-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-11 items-center gap-3">
            <input type="checkbox" name={id} value={o.value} defaultChecked={checked.has(o.value)} className="size-5" />
            {o.label}
          </label>
        ))}
      </div>
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-800 empty:hidden">
        {error?.join(' ')}
      </p>
    </fieldset>
  );
}
