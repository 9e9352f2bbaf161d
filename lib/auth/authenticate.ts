import 'server-only';
import { setTimeout as sleep } from 'node:timers/promises';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { blindIndex } from '@/lib/crypto/personal-data';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { accountKeyOf, parseLoginIdentifier } from './identifier';
import { clearLoginFailures, failureDelayMs, loginRetryAfter, recordLoginFailure } from './login-throttle';
import { verifyAgainstNothing, verifyPassword } from './password';
import { toActor } from './actor';

export type Credentials = { identifier: string; password: string; clientKey: string };

/**
 * Checks a login. Unknown accounts, wrong passwords and disabled accounts all fail the same way
 * (UNAUTHENTICATED) and equally slowly; too many failures answer RATE_LIMITED. Every outcome is audited.
 */
export async function authenticate({ identifier, password, clientKey }: Credentials): Promise<Actor> {
  const parsed = parseLoginIdentifier(identifier);
  const accountKey = accountKeyOf(identifier);
  const db = await getDb();

  const retryAfterSeconds = await loginRetryAfter(accountKey, clientKey);
  if (retryAfterSeconds > 0) {
    await db.$transaction((tx) => recordAuditEvent(tx, { actorId: null, action: 'auth.login_blocked', objectType: 'user' }));
    throw new AppError('RATE_LIMITED', 'login blocked', { retryAfterSeconds });
  }

  const user = parsed
    ? await db.user.findUnique({ where: parsed.kind === 'email' ? { email: parsed.value } : { mobileIndex: blindIndex('mobile', parsed.value) } })
    : null;
  // An account whose person has not yet set a password (a staff account waiting for its setup link)
  // takes as long as any other failure.
  const ok = user?.passwordHash ? (await verifyPassword(user.passwordHash, password)) && user.status === 'ACTIVE' : await verifyAgainstNothing(password);

  if (!user || !ok) {
    const failures = await recordLoginFailure(accountKey, clientKey);
    await db.$transaction((tx) =>
      recordAuditEvent(tx, {
        // Someone tried this account: its owner did not act (the viewer would name them), so no actor.
        actorId: null,
        action: 'auth.login_failed',
        objectType: 'user',
        objectId: user?.id ?? null,
        meta: { reason: !user ? 'unknown_account' : user.status !== 'ACTIVE' ? 'disabled' : user.passwordHash ? 'bad_password' : 'no_password' },
      }),
    );
    await sleep(failureDelayMs(failures));
    throw new AppError('UNAUTHENTICATED');
  }

  await clearLoginFailures(accountKey, clientKey);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
    await recordAuditEvent(tx, { actorId: user.id, action: 'auth.login', objectType: 'user', objectId: user.id });
  });
  return toActor(user);
}
