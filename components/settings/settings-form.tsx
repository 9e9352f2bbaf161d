'use client';

import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';

/** One setting as the form shows it, every word already translated (the page does it on the server). */
export type SettingField = {
  key: string;
  /** Its name with its unit ("… (روز)"). */
  label: string;
  /** Its default from the environment, whether it is overridden, when it changed, what it does. */
  hint: string;
  /** The value in force, as the input holds it ('on'/'off' for a switch, '' for no course). */
  value: string;
  input: 'number' | 'onOff' | 'slug';
  overridden: boolean;
};
export type SettingGroupFields = { id: string; title: string; fields: SettingField[] };
export type SettingsFormLabels = Record<'save' | 'reset' | 'on' | 'off', string>;

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  groups: SettingGroupFields[];
  labels: SettingsFormLabels;
};

/**
 * The settings, grouped; works without JavaScript. Save sends every value (unchanged ones change nothing);
 * each overridden value has its own "reset to default" button, a submit button naming its key. A refused
 * post keeps every value as typed, with the message next to its field.
 */
export function SettingsForm({ action, groups, labels }: Props) {
  const { state, pending, formProps } = useFormAction(action, { summaryId: 'settings-message' });
  const e = state.fieldErrors ?? {};
  // After a refused post the posted values win; after a save the page's fresh values (the form is remade).
  const posted = state.ok ? undefined : state.values;
  const value = (f: SettingField) => posted?.[f.key] ?? f.value;
  const saved = groups.flatMap((g) => g.fields.map((f) => `${f.key}=${f.value}:${f.overridden}`)).join('|');
  return (
    <form key={saved} {...formProps} noValidate className="space-y-6">
      {/* The first submit button is the one Enter presses: saving, never a reset. */}
      <button type="submit" tabIndex={-1} aria-hidden="true" className="sr-only">
        {labels.save}
      </button>
      <FormMessage id="settings-message" message={state.message} ok={state.ok} />
      {groups.map((group) => (
        <fieldset key={group.id} className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
          <legend className="px-1 text-lg font-bold">{group.title}</legend>
          {group.fields.map((f) => (
            <div key={f.key} className="space-y-2" data-testid={`setting-${f.key}`}>
              <Field id={f.key} label={f.label} hint={f.hint} error={e[f.key]}>
                {f.input === 'onOff' ? (
                  <select name={f.key} defaultValue={value(f)} className={inputClass}>
                    <option value="off">{labels.off}</option>
                    <option value="on">{labels.on}</option>
                  </select>
                ) : (
                  <input
                    name={f.key}
                    dir="ltr"
                    inputMode={f.input === 'number' ? 'decimal' : undefined}
                    defaultValue={value(f)}
                    className={`${inputClass} ${f.input === 'number' ? 'max-w-40' : ''}`}
                  />
                )}
              </Field>
              {f.overridden ? (
                <button type="submit" name="reset" value={f.key} disabled={pending} className={`${buttonClass('secondary')} text-sm disabled:opacity-60`}>
                  {labels.reset}
                  <span className="sr-only">: {f.label}</span>
                </button>
              ) : null}
            </div>
          ))}
        </fieldset>
      ))}
      <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
        {labels.save}
      </button>
    </form>
  );
}
