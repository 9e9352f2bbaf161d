'use client';

import { signOut } from 'next-auth/react';

export function LogoutButton({ label, className }: { label: string; className?: string }) {
  return (
    <button type="button" className={className} onClick={() => signOut({ callbackUrl: '/' })}>
      {label}
    </button>
  );
}
