import 'server-only';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { AccountInput } from './account-input';
import { insertAccount } from './insert-account';

/**
 * `npm run admin:create`: the first administrator of a new deployment (issue #15), with no password —
 * they set it through the one-time link, which is sent through the notifier and also returned, because
 * the operator running the command is that administrator and the deployment may not have SMS or
 * e-mail working yet. Refused while an active administrator exists (they create the others in the
 * app), unless `recover` (every administrator lost their access; audited like any creation, via `cli`).
 * Errors: CONFLICT (an administrator exists), VALIDATION (field errors).
 */
export async function createFirstAdmin({ input, recover = false }: { input: Omit<AccountInput, 'roles' | 'provinceId' | 'agencyId'>; recover?: boolean }) {
  const db = await getDb();
  if (!recover && (await db.user.count({ where: { roles: { has: 'ADMIN' }, status: 'ACTIVE' } })) > 0)
    throw new AppError('CONFLICT', 'an active administrator exists: create the others at /admin/accounts, or pass --recover');
  return insertAccount({ input: { ...input, roles: ['ADMIN'] }, actorId: null, via: 'cli' });
}
