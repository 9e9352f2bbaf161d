// What a form shows on screen, read from the DOM. On a poor link (and on the public pages, whose scripts
// come only when the visitor starts to write: lib/http/deferred-scripts.mjs) people type, pick and choose
// files before React hydrates; React leaves those values in place but its state does not know them. So a
// component that keeps state about its fields (a county list that follows the province, a counter, chosen
// files, a draft) reads them from here when it mounts: the screen is the truth at hydration.

/** Whether any control differs from the value the page was served with (a file chosen counts). */
export function formIsChanged(form: HTMLFormElement): boolean {
  for (const el of Array.from(form.elements)) {
    if (el instanceof HTMLInputElement) {
      if (el.type === 'hidden') continue;
      if (el.type === 'checkbox' || el.type === 'radio') {
        if (el.checked !== el.defaultChecked) return true;
      } else if (el.type === 'file') {
        if (el.files?.length) return true;
      } else if (el.value !== el.defaultValue) return true;
    } else if (el instanceof HTMLTextAreaElement) {
      if (el.value !== el.defaultValue) return true;
    } else if (el instanceof HTMLSelectElement) {
      const options = Array.from(el.options);
      // A single select with no `selected` option shows its first one.
      const served = options.some((o) => o.defaultSelected) ? options.findIndex((o) => o.defaultSelected) : el.multiple ? -1 : 0;
      if (el.multiple ? options.some((o) => o.selected !== o.defaultSelected) : el.selectedIndex !== served) return true;
    }
  }
  return false;
}

/** The form's text values by name (the last one of a repeated name), leaving out names `skip` matches. */
export function formValues(form: HTMLFormElement, skip?: RegExp): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value !== '' && !skip?.test(name)) values[name] = value;
  return values;
}

/** The files chosen in one file input. */
export function chosenFiles(input: HTMLInputElement | null): File[] {
  return input?.files ? Array.from(input.files) : [];
}
