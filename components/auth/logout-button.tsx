import { logOutAction } from '@/app/actions';

/** A plain form to a server action: logs out with or without JavaScript. */
export function LogoutButton({ label, className }: { label: string; className?: string }) {
  return (
    <form action={logOutAction}>
      <button type="submit" className={className}>
        {label}
      </button>
    </form>
  );
}
