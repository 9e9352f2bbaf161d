import type { Session } from 'next-auth';
import { decode, encode, type JWT } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import type { Actor, Role } from '@/lib/authz';
import { appointHead } from '@/lib/cores/appoint-head';
import { getAppSecret } from '@/lib/crypto/secret';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { vetApplication } from '@/lib/vetting/vet-application';
import { deleteEndedSessions } from './delete-ended-sessions';
import { getAuthOptions } from './options';
import { hashPassword } from './password';
import { readSessionActor } from './read-session-actor';
import { revokeUserSessions } from './revoke-sessions';

async function createUser(roles: Role[] = ['PROVINCE_STAFF'], data: { provinceId?: number; coreId?: string } = { provinceId: 6 }) {
  const db = await seededDb();
  return db.user.create({ data: { email: `s-${uniqueSuffix()}@sajam.test`, name: 'کاربر آزمایشی', roles, ...data, passwordHash: await hashPassword('x') } });
}

/** A login as next-auth makes it: the jwt callback with the authorised user, which records the session. */
async function signIn(user: { id: string; name: string; roles: Role[] }): Promise<JWT> {
  const { callbacks } = getAuthOptions();
  return callbacks!.jwt!({ token: { sub: user.id, name: user.name }, user, account: null, trigger: 'signIn' });
}

/** What GET /api/auth/session computes from a cookie's token: the jwt callback, then the session callback. */
async function nextAuthSession(token: JWT): Promise<Session | null> {
  const { callbacks } = getAuthOptions();
  try {
    const checked = await callbacks!.jwt!({ token, user: undefined as never, account: null });
    return (await callbacks!.session!({
      session: { expires: '' } as never,
      token: checked,
      user: undefined as never,
      newSession: undefined,
      trigger: 'update',
    })) as Session;
  } catch (error) {
    expect(error).toMatchObject({ name: 'AppError', code: 'UNAUTHENTICATED' });
    return null;
  }
}

/** getCurrentActor's path (pages, server actions, route handlers): the cookie as the browser sends it. */
async function actorOf(token: JWT): Promise<Actor | null> {
  const value = await encode({ token, secret: getAppSecret(), maxAge: 60 });
  return readSessionActor({ getAll: () => [{ name: 'next-auth.session-token', value }] });
}

async function expectLive(token: JWT, userId: string) {
  expect(await actorOf(token)).toMatchObject({ id: userId });
  expect((await nextAuthSession(token))?.user.id).toBe(userId);
}

async function expectEnded(token: JWT) {
  expect(await actorOf(token)).toBeNull();
  expect(await nextAuthSession(token)).toBeNull();
}

const logout = (token: JWT) => getAuthOptions().events!.signOut!({ token, session: undefined as never });

describe('sessions', () => {
  it('records each login as a session of 12 hours, named in the token', async () => {
    const db = await seededDb();
    const user = await createUser();
    const before = Date.now();
    const token = await signIn(user);
    const row = await db.session.findUniqueOrThrow({ where: { id: token.sid! } });
    expect(row).toMatchObject({ userId: user.id, revokedAt: null });
    expect(row.expiresAt.getTime() - before).toBeGreaterThanOrEqual(12 * 3600_000 - 1000);
    expect(row.expiresAt.getTime() - before).toBeLessThanOrEqual(12 * 3600_000 + 5000);
    expect(token.sessionEndsAt).toBe(Math.floor(row.expiresAt.getTime() / 1000));
    await expectLive(token, user.id);
  });

  it("logout ends that session for every copy of its cookie, and leaves the same account's other session alone", async () => {
    const db = await seededDb();
    const user = await createUser();
    const laptop = await signIn(user);
    const phone = await signIn(user);
    await expectLive(laptop, user.id);

    await logout(laptop);
    await expectEnded(laptop);
    await expectLive(phone, user.id);
    expect(await db.session.findUniqueOrThrow({ where: { id: laptop.sid! } })).toMatchObject({ revokedReason: 'LOGOUT', revokedAt: expect.any(Date) });

    const events = await db.auditEvent.findMany({ where: { action: 'auth.sessions_revoked', objectId: user.id } });
    expect(events.map((e) => ({ actorId: e.actorId, meta: e.meta }))).toEqual([{ actorId: user.id, meta: { reason: 'logout', count: 1 } }]);
    // Signing out again (a replayed sign-out) ends nothing and records nothing.
    await logout(laptop);
    expect(await db.auditEvent.count({ where: { action: 'auth.sessions_revoked', objectId: user.id } })).toBe(1);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("revoking a user's sessions ends all of them; a later login starts afresh", async () => {
    const db = await seededDb();
    const user = await createUser();
    const admin = await createUser(['ADMIN'], {});
    const first = await signIn(user);
    const second = await signIn(user);

    expect(await revokeUserSessions({ userId: user.id, reason: 'disabled', actorId: admin.id })).toBe(2);
    await expectEnded(first);
    await expectEnded(second);
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.sessions_revoked', objectId: user.id } });
    expect(event).toMatchObject({ actorId: admin.id, objectType: 'user', meta: { reason: 'disabled', count: 2 } });

    await expectLive(await signIn(user), user.id);
  });

  it('a disabled account is logged out of every session even before they are revoked', async () => {
    const db = await seededDb();
    const user = await createUser();
    const token = await signIn(user);
    await db.user.update({ where: { id: user.id }, data: { status: 'DISABLED' } });
    await expectEnded(token);
  });

  it('re-enabling a disabled account does not bring its old sessions back, however it was disabled; nor does a new password', async () => {
    const db = await seededDb();
    const user = await createUser();
    const token = await signIn(user);
    // An operator's SQL, not a use case: the database ends the sessions itself.
    await db.$executeRaw`UPDATE "User" SET "status" = 'DISABLED' WHERE "id" = ${user.id}::uuid`;
    await db.$executeRaw`UPDATE "User" SET "status" = 'ACTIVE' WHERE "id" = ${user.id}::uuid`;
    await expectEnded(token);
    expect(await db.session.findFirstOrThrow({ where: { userId: user.id } })).toMatchObject({ revokedReason: 'DISABLED', revokedAt: expect.any(Date) });

    const again = await signIn(user);
    await expectLive(again, user.id);
    await db.user.update({ where: { id: user.id }, data: { passwordHash: 'another-hash' } });
    await expectEnded(again);
  });

  it('an expired session yields no one, and no token outlives its session', async () => {
    const db = await seededDb();
    const user = await createUser();
    const token = await signIn(user);

    // Twelve hours from login is absolute: a token re-issued later still expires with the session.
    const endsAt = new Date(Date.now() + 90_000);
    await db.session.update({ where: { id: token.sid! }, data: { expiresAt: endsAt } });
    const reissued = { ...token, sessionEndsAt: Math.floor(endsAt.getTime() / 1000) };
    const { jwt } = getAuthOptions();
    const cookie = await jwt!.encode!({ token: reissued, secret: getAppSecret(), maxAge: 12 * 3600 });
    const { exp } = (await decode({ token: cookie, secret: getAppSecret() }))!;
    expect(exp).toBeLessThanOrEqual(Math.floor(endsAt.getTime() / 1000));
    // The row, not the token, says when the session ends.
    expect(await nextAuthSession(token)).toMatchObject({ expires: new Date(Math.floor(endsAt.getTime() / 1000) * 1000).toISOString() });

    await db.session.update({ where: { id: token.sid! }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expectEnded(token);
  });

  it("a token without a session (issued before sessions were recorded) or naming another user's session is refused", async () => {
    const user = await createUser();
    const other = await createUser();
    const token = await signIn(user);
    await expectEnded({ sub: user.id, name: user.name, roles: user.roles });
    await expectEnded({ ...token, sub: other.id });
  });

  it("approving an application (the MEMBER role) ends the applicant's sessions in the same transaction", async () => {
    const db = await seededDb();
    const applicant = await createUser([], { provinceId: 4 });
    const staffUser = await createUser(['PROVINCE_STAFF'], { provinceId: 4 });
    const staff: Actor = { id: staffUser.id, name: staffUser.name, roles: staffUser.roles, provinceId: 4, coreId: null, agencyId: null };
    const submittedAt = new Date(Date.now() - 60_000);
    const member = await db.member.create({
      data: { userId: applicant.id, firstName: 'آزمون', lastName: uniqueSuffix(), provinceId: 4, status: 'INQUIRIES', submittedAt },
    });
    const pass = async () => ({ outcome: 'PASS' as const, reference: 'test' });
    const providers = { identity: { name: 'test:identity', verify: pass }, inquiries: [{ name: 'test:inquiry', inquire: pass }] };
    await db.vettingCheck.createMany({
      data: [
        { memberId: member.id, kind: 'IDENTITY', provider: 'test:identity', outcome: 'PASS' },
        { memberId: member.id, kind: 'INQUIRY', provider: 'test:inquiry', outcome: 'PASS' },
      ],
    });
    const token = await signIn(applicant);

    await vetApplication({ actor: staff, memberId: member.id, action: 'approve', version: member.version, confirmed: true, providers });
    await expectEnded(token);
    expect(await db.auditEvent.findFirstOrThrow({ where: { action: 'auth.sessions_revoked', objectId: applicant.id } })).toMatchObject({
      actorId: staff.id,
      meta: { reason: 'roles_changed', count: 1 },
    });
    // Logging in again gives a session with the new role.
    const again = await signIn({ ...applicant, roles: ['MEMBER'] });
    expect(await actorOf(again)).toMatchObject({ id: applicant.id, roles: ['MEMBER'] });
  });

  it('appointing a core head ends the sessions of the new head and of the one replaced', async () => {
    const db = await seededDb();
    const core = await db.core.create({ data: { name: `هسته نشست ${uniqueSuffix()}`, provinceId: 4 } });
    const oldHead = await createUser(['MEMBER', 'CORE_HEAD'], { provinceId: 4, coreId: core.id });
    const newHead = await createUser(['MEMBER'], { provinceId: 4, coreId: core.id });
    const bystander = await createUser(['MEMBER'], { provinceId: 4, coreId: core.id });
    const memberRow = (userId: string) =>
      db.member.create({ data: { userId, firstName: 'آزمون', lastName: uniqueSuffix(), provinceId: 4, coreId: core.id, status: 'APPROVED' } });
    const [, appointed] = await Promise.all([memberRow(oldHead.id), memberRow(newHead.id), memberRow(bystander.id)]);
    const staffUser = await createUser(['PROVINCE_STAFF'], { provinceId: 4 });
    const staff: Actor = { id: staffUser.id, name: staffUser.name, roles: staffUser.roles, provinceId: 4, coreId: null, agencyId: null };
    const [oldToken, newToken, bystanderToken] = await Promise.all([signIn(oldHead), signIn(newHead), signIn(bystander)]);

    await appointHead({ actor: staff, coreId: core.id, memberId: appointed.id });
    await expectEnded(oldToken);
    await expectEnded(newToken);
    await expectLive(bystanderToken, bystander.id);
  });

  it('deletes sessions a month after they ended, not before', async () => {
    const db = await seededDb();
    const user = await createUser();
    const day = 24 * 3600_000;
    const old = await db.session.create({
      data: {
        userId: user.id,
        createdAt: new Date(Date.now() - 32 * day),
        expiresAt: new Date(Date.now() - 31 * day),
        revokedAt: new Date(Date.now() - 32 * day),
        revokedReason: 'LOGOUT',
      },
    });
    const recent = await db.session.create({ data: { userId: user.id, expiresAt: new Date(Date.now() - 29 * day) } });
    const live = await signIn(user);

    expect(await deleteEndedSessions()).toBeGreaterThanOrEqual(1);
    const left = await db.session.findMany({ where: { userId: user.id }, select: { id: true } });
    expect(left.map((s) => s.id).sort()).toEqual([recent.id, live.sid!].sort());
    expect(left.map((s) => s.id)).not.toContain(old.id);
  });
});
