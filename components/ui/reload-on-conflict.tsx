'use client';

import { useRouter } from 'next/navigation';
import { buttonClass } from './button-link';

/**
 * After a CONFLICT (someone else moved the case since this page was loaded), the button that reloads the
 * page's data so the form shows the case as it now is. Nothing when the answer was anything else.
 */
export function ReloadOnConflict({ code, label }: { code?: string; label: string }) {
  const router = useRouter();
  if (code !== 'CONFLICT') return null;
  return (
    <button type="button" onClick={() => router.refresh()} className={buttonClass('secondary')}>
      {label}
    </button>
  );
}
