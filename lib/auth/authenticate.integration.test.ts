import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { AppError } from '@/lib/errors';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { DEMO_PASSWORD } from '@/prisma/seed';
import { authenticate } from './authenticate';
import { loadActiveSession } from './load-active-session';
import { MAX_FAILURES_PER_ACCOUNT } from './login-throttle';
import { hashPassword } from './password';
import { startSession } from './start-session';

const client = () => `client-${uniqueSuffix()}`;

async function createUser(status: 'ACTIVE' | 'DISABLED' = 'ACTIVE') {
  const db = await seededDb();
  const suffix = uniqueSuffix();
  return db.user.create({
    data: {
      email: `u-${suffix}@sajam.test`,
      name: 'کاربر آزمایشی',
      roles: ['PROVINCE_STAFF'],
      provinceId: 6,
      status,
      passwordHash: await hashPassword('correct horse'),
    },
  });
}

const rejectsWith = (promise: Promise<unknown>, code: AppError['code']) => expect(promise).rejects.toMatchObject({ name: 'AppError', code });

describe('authenticate', () => {
  it('logs a demo account in by email or by mobile typed with Persian digits, with its roles and scope', async () => {
    await seededDb();
    const byEmail = await authenticate({ identifier: 'Province@Sajam.test', password: DEMO_PASSWORD, clientKey: client() });
    expect(byEmail.roles).toEqual(['PROVINCE_STAFF']);
    expect(byEmail.provinceId).toBe(4);
    const byMobile = await authenticate({ identifier: '+۹۸ ۹۱۲ ۰۰۰ ۰۰۰۳', password: DEMO_PASSWORD, clientKey: client() });
    expect(byMobile.id).toBe(byEmail.id);
  });

  it('fails the same way for a wrong password, an unknown account and a disabled account, and audits each', async () => {
    const db = await seededDb();
    const active = await createUser();
    const disabled = await createUser('DISABLED');
    const before = await db.auditEvent.count({ where: { action: 'auth.login_failed' } });

    await rejectsWith(authenticate({ identifier: active.email!, password: 'wrong', clientKey: client() }), 'UNAUTHENTICATED');
    await rejectsWith(authenticate({ identifier: `nobody-${uniqueSuffix()}@sajam.test`, password: 'x', clientKey: client() }), 'UNAUTHENTICATED');
    await rejectsWith(authenticate({ identifier: disabled.email!, password: 'correct horse', clientKey: client() }), 'UNAUTHENTICATED');

    const events = await db.auditEvent.findMany({ where: { action: 'auth.login_failed' }, orderBy: { id: 'asc' }, skip: before });
    expect(events.map((e) => (e.meta as { reason: string }).reason)).toEqual(['bad_password', 'unknown_account', 'disabled']);
    // No personal data in the audit log: not the email that was typed.
    expect(JSON.stringify(events.map((e) => e.meta))).not.toContain('@');
  });

  it('answers RATE_LIMITED to a client after too many failures on one account, even with the right password; the owner elsewhere still logs in', async () => {
    const user = await createUser();
    const guesser = client();
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      await rejectsWith(authenticate({ identifier: user.email!, password: `wrong-${i}`, clientKey: guesser }), 'UNAUTHENTICATED');
    }
    await rejectsWith(authenticate({ identifier: user.email!, password: 'correct horse', clientKey: guesser }), 'RATE_LIMITED');
    await expect(authenticate({ identifier: user.email!, password: 'correct horse', clientKey: client() })).resolves.toMatchObject({ id: user.id });
  }, 30_000);

  it('records logins in a hash chain that detects tampering', async () => {
    const db = await seededDb();
    const user = await createUser();
    await authenticate({ identifier: user.email!, password: 'correct horse', clientKey: client() });
    const check = await verifyAuditChain(db);
    expect(check.ok).toBe(true);
    expect(check.events).toBeGreaterThan(0);

    const last = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.login', actorId: user.id } });
    await db.auditEvent.update({ where: { id: last.id }, data: { action: 'auth.logout' } });
    expect(await verifyAuditChain(db)).toEqual({ ok: false, events: expect.any(Number), brokenAt: last.id });
    await db.auditEvent.update({ where: { id: last.id }, data: { action: 'auth.login' } });
  });
});

describe('loadActiveSession', () => {
  it('treats a disabled account as logged out on its next request', async () => {
    const db = await seededDb();
    const user = await createUser();
    const session = { userId: user.id, sessionId: (await startSession({ userId: user.id })).id };
    expect((await loadActiveSession(session))?.actor).toMatchObject({ id: user.id, roles: ['PROVINCE_STAFF'], provinceId: 6 });
    await db.user.update({ where: { id: user.id }, data: { status: 'DISABLED' } });
    expect(await loadActiveSession(session)).toBeNull();
  });
});
