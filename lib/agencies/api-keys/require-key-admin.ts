import 'server-only';
import { can, type Actor } from '@/lib/authz';
import { AppError } from '@/lib/errors';

/** Only the system administrator manages agencies' keys (lib/authz/can.ts `apiKey:manage`). */
export function requireKeyAdmin(actor: Actor): void {
  if (!can(actor, 'apiKey:manage')) throw new AppError('FORBIDDEN');
}
