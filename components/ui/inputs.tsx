import type { ComponentProps } from 'react';
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
