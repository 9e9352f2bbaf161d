'use client';

import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore, type ComponentProps } from 'react';
import { inputClass } from './field';

const noSubscription = () => () => {};

/**
 * A password field with a "show password" toggle (one label, its state in aria-pressed), as progressive enhancement: the button exists only
 * once scripts run (without them the field is a plain password field, and a button that does nothing
 * would mislead). Put inside <Field>, it gets the field's id and descriptions like any input.
 */
export function PasswordInput({ className = '', id, ...props }: Omit<ComponentProps<'input'>, 'type'>) {
  const t = useTranslations('passwordField');
  const [shown, setShown] = useState(false);
  // false in the server's HTML and until hydration, then true: no effect, no mismatch.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <div className="flex items-stretch gap-2">
      <input
        {...props}
        id={id}
        type={shown ? 'text' : 'password'}
        dir="ltr"
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        className={`${inputClass} flex-1 ${className}`}
      />
      {hydrated ? (
        <button
          type="button"
          aria-controls={id}
          aria-pressed={shown}
          onClick={() => setShown((s) => !s)}
          className="mt-1 min-h-11 shrink-0 rounded-lg border border-slate-400 px-3 text-sm font-medium text-brand-800 hover:bg-brand-50 aria-pressed:border-brand-700 aria-pressed:bg-brand-50"
        >
          {t('show')}
        </button>
      ) : null}
    </div>
  );
}
