import type { ComponentProps, ReactNode } from 'react';
import { buttonClass } from './button-link';
import { inputClass } from './field';

// The controls every form repeats, with the look and the field wiring in one place. Put inside <Field>,
// they receive id, aria-describedby and aria-invalid from it. User-typed text is direction-isolated
// (dir="auto") unless a field says otherwise (phone numbers and codes are dir="ltr").

export function TextInput({ className = '', ...props }: ComponentProps<'input'>) {
  return <input type="text" dir="auto" {...props} className={`${inputClass} ${className}`} />;
}

export function TextArea({ className = '', ...props }: ComponentProps<'textarea'>) {
  return <textarea dir="auto" {...props} className={`${inputClass} ${className}`} />;
}

export function Select({ className = '', ...props }: ComponentProps<'select'>) {
  return <select {...props} className={`${inputClass} ${className}`} />;
}

/** A bordered white panel: forms, summaries and lists sit in one. */
export function Card({ className = '', ...props }: ComponentProps<'div'>) {
  return <div {...props} className={`rounded-xl border border-slate-200 bg-white p-4 sm:p-6 ${className}`} />;
}

/** A checkbox with its words beside it, a 44 px tall target. */
export function CheckboxField({ label, className = '', ...props }: Omit<ComponentProps<'input'>, 'type'> & { label: string }) {
  return (
    <label className={`flex min-h-11 items-center gap-3 ${className}`}>
      <input type="checkbox" {...props} className="size-5" />
      {label}
    </label>
  );
}

/** A form's submit button, dimmed while the form is being sent. */
export function SubmitButton({ pending, variant = 'primary', children }: { pending: boolean; variant?: 'primary' | 'secondary'; children: ReactNode }) {
  return (
    <button type="submit" disabled={pending} className={`${buttonClass(variant)} disabled:opacity-60`}>
      {children}
    </button>
  );
}
