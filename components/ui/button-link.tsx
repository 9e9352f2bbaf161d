import Link from 'next/link';
import type { ComponentProps } from 'react';

const styles = {
  primary: 'bg-brand-700 text-white hover:bg-brand-800',
  secondary: 'border border-brand-700 text-brand-800 hover:bg-brand-50',
  /** A move that ends something for good (a rejection). */
  danger: 'bg-red-800 text-white hover:bg-red-900',
} as const;

export const buttonClass = (variant: keyof typeof styles = 'primary') =>
  `inline-flex min-h-11 items-center justify-center rounded-lg px-4 py-2 font-medium transition-colors ${styles[variant]}`;

export function ButtonLink({ variant = 'primary', className = '', ...props }: ComponentProps<typeof Link> & { variant?: keyof typeof styles }) {
  return <Link {...props} className={`${buttonClass(variant)} ${className}`} />;
}
