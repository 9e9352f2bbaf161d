import { describe, expect, it } from 'vitest';
import { listAuditEvents } from '@/lib/audit/list-audit-events';
import { authenticate } from '@/lib/auth/authenticate';
import type { Actor } from '@/lib/authz';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { accountInput, type AccountInput } from './account-input';
import { createFirstAdmin } from './create-first-admin';
import { createStaffAccount } from './create-staff-account';
import { getStaffAccount } from './get-staff-account';
import { listStaffAccounts } from './list-staff-accounts';
import { readSetupLink } from './read-setup-link';
import { sendSetupLink } from './send-setup-link';
import { setAccountStatus } from './set-account-status';
import { setPasswordWithLink } from './set-password-with-link';
import { updateStaffAccount } from './update-staff-account';

type Db = Awaited<ReturnType<typeof seededDb>>;

const newMobile = () => `0935${Math.floor(1_000_000 + Math.random() * 8_999_999)}`;
const input = (fields: Record<string, unknown>): AccountInput => accountInput.parse({ name: `کارشناس ${uniqueSuffix()}`, mobile: newMobile(), ...fields });

/** The link in the newest setup message to this account, as the person receives it. */
async function linkOf(db: Db, userId: string): Promise<string> {
  const message = await db.notification.findFirstOrThrow({ where: { userId, template: 'account.setup' }, orderBy: { createdAt: 'desc' } });
  return /\/account\/setup\/([A-Za-z0-9_-]{43})/.exec(message.body)![1]!;
}

async function liveSession(db: Db, userId: string) {
  return db.session.create({ data: { userId, expiresAt: new Date(Date.now() + 3_600_000) } });
}

describe('staff accounts (issue #15)', () => {
  it('an administrator creates a provincial account; the person sets the password from the link and logs in', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const fields = input({ roles: ['PROVINCE_STAFF'], provinceId: '8', email: `p-${uniqueSuffix()}@sajam.test` });
    await expect(createStaffAccount({ actor: national, input: fields })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const { id } = await createStaffAccount({ actor: admin, input: fields });
    const user = await db.user.findUniqueOrThrow({ where: { id } });
    expect(user).toMatchObject({ roles: ['PROVINCE_STAFF'], provinceId: 8, passwordHash: null, status: 'ACTIVE' });
    const created = await db.auditEvent.findFirstOrThrow({ where: { action: 'account.created', objectId: id } });
    expect(created).toMatchObject({ actorId: admin.id, meta: { roles: ['PROVINCE_STAFF'], provinceId: 8, agencyId: null, via: 'admin' } });
    // The link went to both addresses; neither the database nor the audit log holds a working token.
    const messages = await db.notification.findMany({ where: { userId: id, template: 'account.setup' } });
    expect(messages.map((m) => m.channel).sort()).toEqual(['EMAIL', 'SMS']);
    const token = await linkOf(db, id);
    const stored = await db.accountSetupToken.findFirstOrThrow({ where: { userId: id } });
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(created.meta)).not.toContain(token);
    expect(JSON.stringify(created.meta)).not.toContain(fields.name);

    // No password yet: a login fails like any other, and says why in the log.
    const clientKey = `c-${uniqueSuffix()}`;
    await expect(authenticate({ identifier: fields.mobile!, password: 'anything-at-all', clientKey })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });
    // Someone tried the account: the owner is its object, not the actor.
    expect(await db.auditEvent.findFirst({ where: { action: 'auth.login_failed', objectId: id } })).toMatchObject({
      actorId: null,
      meta: { reason: 'no_password' },
    });

    // Whoever holds the link sees whose account it is, the addresses masked.
    expect(await readSetupLink({ token })).toMatchObject({
      state: 'ok',
      name: fields.name,
      email: 'p•••@sajam.test',
      mobile: `${fields.mobile!.slice(0, 4)}•••${fields.mobile!.slice(-4)}`,
    });
    await setPasswordWithLink({ token, password: 'provincial-password-1405' });
    expect(await authenticate({ identifier: fields.email!, password: 'provincial-password-1405', clientKey })).toMatchObject({ id, provinceId: 8 });
    expect(await db.auditEvent.count({ where: { action: 'account.password_set', objectId: id, actorId: id } })).toBe(1);
    // Once.
    expect(await readSetupLink({ token })).toEqual({ state: 'used' });
    await expect(setPasswordWithLink({ token, password: 'someone-else-1405' })).rejects.toMatchObject({ fieldErrors: { token: ['linkUsed'] } });
    expect(await readSetupLink({ token: 'x'.repeat(43) })).toEqual({ state: 'unknown' });
  });

  it('a link expires after 48 hours; a new one replaces the old; two uses at once set one password', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const { id } = await createStaffAccount({ actor: admin, input: input({ roles: ['NATIONAL_OFFICE'] }) });
    const first = await linkOf(db, id);
    const later = new Date(Date.now() + 49 * 3_600_000);
    expect(await readSetupLink({ token: first, now: later })).toEqual({ state: 'expired' });
    await expect(setPasswordWithLink({ token: first, password: 'late-password-1405', now: later })).rejects.toMatchObject({
      fieldErrors: { token: ['linkExpired'] },
    });

    await sendSetupLink({ actor: admin, userId: id });
    const second = await linkOf(db, id);
    expect(second).not.toBe(first);
    expect(await readSetupLink({ token: first })).toEqual({ state: 'used' });
    const results = await Promise.allSettled([
      setPasswordWithLink({ token: second, password: 'first-password-1405' }),
      setPasswordWithLink({ token: second, password: 'second-password-1405' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await db.auditEvent.count({ where: { action: 'account.setup_link_sent', objectId: id, actorId: admin.id } })).toBe(1);
    // Once a password is set, no administrator's link: a forgotten one is the person's to reset.
    await expect(sendSetupLink({ actor: admin, userId: id })).rejects.toMatchObject({ fieldErrors: { link: ['hasPassword'] } });
  });

  it('changes roles and scope with before/after in the log and ends the sessions; refuses incoherent or taken values', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const agency = await db.agency.findFirstOrThrow({ where: { active: true } });
    const fields = input({ roles: ['PROVINCE_STAFF'], provinceId: '8' });
    const { id } = await createStaffAccount({ actor: admin, input: fields });
    const session = await liveSession(db, id);

    await updateStaffAccount({ actor: admin, userId: id, input: { ...fields, roles: ['PROVINCE_STAFF', 'TRAINER'], provinceId: 9 } });
    const updated = await db.auditEvent.findFirstOrThrow({ where: { action: 'account.updated', objectId: id } });
    expect(updated.meta).toEqual({
      before: { roles: ['PROVINCE_STAFF'], provinceId: 8, agencyId: null },
      after: { roles: ['PROVINCE_STAFF', 'TRAINER'], provinceId: 9, agencyId: null },
      changed: [],
    });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).revokedReason).toBe('ROLES_CHANGED');
    // The viewer shows it as key/value lines, never raw JSON.
    const shown = await listAuditEvents({ actor: admin, filters: { objectType: 'user', objectId: id, action: 'account.updated' } });
    expect(shown.items[0]!.meta).toEqual(
      expect.arrayContaining([
        { key: 'before.roles', value: 'PROVINCE_STAFF' },
        { key: 'after.roles', value: 'PROVINCE_STAFF, TRAINER' },
        { key: 'after.provinceId', value: 9 },
      ]),
    );

    // A changed mobile is announced at the old one.
    const newNumber = newMobile();
    await updateStaffAccount({ actor: admin, userId: id, input: { ...fields, mobile: newNumber, roles: ['PROVINCE_STAFF', 'TRAINER'], provinceId: 9 } });
    const notice = await db.notification.findFirstOrThrow({ where: { template: 'account.contactChanged', userId: null }, orderBy: { createdAt: 'desc' } });
    expect(notice.body).toContain('شماره همراه');
    expect([fields.mobile, `${fields.mobile!.slice(0, 4)}***${fields.mobile!.slice(-3)}`]).toContain(notice.address);
    fields.mobile = newNumber;

    // A name change is logged as "name changed", without the name.
    await updateStaffAccount({ actor: admin, userId: id, input: { ...fields, name: 'نام تازه کارشناس', roles: ['PROVINCE_STAFF', 'TRAINER'], provinceId: 9 } });
    const renamed = await db.auditEvent.findFirstOrThrow({ where: { action: 'account.updated', objectId: id }, orderBy: { id: 'desc' } });
    expect(renamed.meta).toMatchObject({ changed: ['name'] });
    expect(JSON.stringify(renamed.meta)).not.toContain('نام تازه');

    const refused = (change: Partial<AccountInput>) => updateStaffAccount({ actor: admin, userId: id, input: { ...fields, ...change } });
    await expect(refused({ roles: ['AGENCY_LIAISON', 'PROVINCE_STAFF'], agencyId: agency.id })).rejects.toMatchObject({
      fieldErrors: { roles: ['liaisonReviews'] },
    });
    await expect(refused({ roles: ['PROVINCE_STAFF'], provinceId: undefined })).rejects.toMatchObject({ fieldErrors: { provinceId: ['provinceNeeded'] } });
    await expect(refused({ mobile: '09120000003' })).rejects.toMatchObject({ fieldErrors: { mobile: ['mobileTaken'] } });
    // Typing an address someone holds (a volunteer's, perhaps) is recorded, without the address.
    const probe = await db.auditEvent.findFirstOrThrow({ where: { action: 'account.contact_taken', actorId: admin.id }, orderBy: { id: 'desc' } });
    expect(probe.meta).toEqual({ fields: ['mobile'] });
    await expect(refused({ email: 'national@sajam.test' })).rejects.toMatchObject({ fieldErrors: { email: ['emailTaken'] } });
    await expect(createStaffAccount({ actor: admin, input: { ...fields, mobile: '09120000003' } })).rejects.toMatchObject({
      fieldErrors: { mobile: ['mobileTaken'] },
    });
    const inactive = await db.agency.create({ data: { slug: `off-${uniqueSuffix()}`.toLowerCase(), name: 'دستگاه غیرفعال', nameEn: 'Off', active: false } });
    await expect(refused({ roles: ['AGENCY_LIAISON'], agencyId: inactive.id })).rejects.toMatchObject({ fieldErrors: { agencyId: ['agencyInactive'] } });
    // Nothing of the refused changes was written.
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ roles: ['PROVINCE_STAFF', 'TRAINER'], provinceId: 9, agencyId: null });
  });

  it('an administrator does not change their own roles or status, and volunteers are not managed here', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const own = await db.user.findUniqueOrThrow({ where: { id: admin.id } });
    const self = input({ name: own.name, mobile: undefined, email: own.email, roles: ['ADMIN', 'NATIONAL_OFFICE'] });
    await expect(updateStaffAccount({ actor: admin, userId: admin.id, input: self })).rejects.toMatchObject({ fieldErrors: { roles: ['self'] } });
    await expect(setAccountStatus({ actor: admin, userId: admin.id, status: 'DISABLED' })).rejects.toMatchObject({ fieldErrors: { status: ['self'] } });
    await expect(sendSetupLink({ actor: admin, userId: admin.id })).rejects.toMatchObject({ fieldErrors: { link: ['self'] } });
    // Their own name and contacts they may correct.
    await updateStaffAccount({ actor: admin, userId: admin.id, input: { ...self, name: 'مدیر با نام درست', roles: ['ADMIN'] } });
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).name).toBe('مدیر با نام درست');

    const core = await db.core.findFirstOrThrow();
    const member = await createActor(db, ['MEMBER'], { coreId: core.id });
    await expect(getStaffAccount({ actor: admin, userId: member.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(setAccountStatus({ actor: admin, userId: member.id, status: 'DISABLED' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getStaffAccount({ actor: admin, userId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('disabling ends every session and every unused link; the history stays; enabling is audited too', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const other: Actor = await createActor(db, ['TRAINER']);
    const { id } = await createStaffAccount({ actor: admin, input: input({ roles: ['TRAINER'] }) });
    const token = await linkOf(db, id);
    const session = await liveSession(db, id);
    await expect(setAccountStatus({ actor: other, userId: id, status: 'DISABLED' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await setAccountStatus({ actor: admin, userId: id, status: 'DISABLED' });
    expect((await db.session.findUniqueOrThrow({ where: { id: session.id } })).revokedReason).toBe('DISABLED');
    expect(await readSetupLink({ token })).toEqual({ state: 'used' });
    await expect(sendSetupLink({ actor: admin, userId: id })).rejects.toMatchObject({ fieldErrors: { link: ['disabled'] } });
    await setAccountStatus({ actor: admin, userId: id, status: 'DISABLED' }); // no change, no second event
    await setAccountStatus({ actor: admin, userId: id, status: 'ACTIVE' });
    const events = await db.auditEvent.findMany({ where: { objectId: id, action: { startsWith: 'account.' } }, orderBy: { id: 'asc' } });
    expect(events.map((e) => e.action)).toEqual(['account.created', 'account.disabled', 'account.enabled']);
  });

  it('lists staff accounts with filters and keyset pages, never a volunteer or a password hash', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const mobile = newMobile();
    const { id } = await createStaffAccount({ actor: admin, input: input({ roles: ['PROVINCE_STAFF'], provinceId: '31', mobile }) });
    const typed = mobile.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const found = await listStaffAccounts({ actor: admin, filters: { q: typed } });
    expect(found.items.map((a) => a.id)).toEqual([id]);
    expect(found.items[0]).toMatchObject({ hasPassword: false, mobile: `${mobile.slice(0, 4)}•••${mobile.slice(-4)}` });
    expect(Object.keys(found.items[0]!)).not.toContain('passwordHash');
    expect((await listStaffAccounts({ actor: admin, filters: { provinceId: 31, status: 'NO_PASSWORD' } })).items.map((a) => a.id)).toContain(id);
    expect((await listStaffAccounts({ actor: admin, filters: { role: 'ADMIN' } })).items.every((a) => a.roles.includes('ADMIN'))).toBe(true);
    // A search is literal text: «%» and «_» are not wildcards (they matched every account).
    expect((await listStaffAccounts({ actor: admin, filters: { q: '%' } })).items).toEqual([]);
    expect((await listStaffAccounts({ actor: admin, filters: { q: 'ک_رشناس' } })).items).toEqual([]);
    const everyone = await listStaffAccounts({ actor: admin, filters: {} });
    expect(everyone.items.some((a) => a.roles.every((r) => r === 'MEMBER' || r === 'CORE_HEAD'))).toBe(false);
    if (everyone.nextCursor) {
      const next = await listStaffAccounts({ actor: admin, filters: { after: everyone.nextCursor } });
      expect(next.items.map((a) => a.id)).not.toContain(everyone.items[0]!.id);
    }
    await expect(listStaffAccounts({ actor: await createActor(db, ['NATIONAL_OFFICE']), filters: {} })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('admin:create makes the first administrator only when none is active, unless recovering', async () => {
    const db = await seededDb();
    // The seeded database has an active administrator.
    const first = { name: 'مدیر نخست', mobile: newMobile(), email: undefined, locale: 'fa' as const };
    await expect(createFirstAdmin({ input: first })).rejects.toMatchObject({ code: 'CONFLICT' });
    const { id, setupPath } = await createFirstAdmin({ input: first, recover: true });
    expect(setupPath).toMatch(/^\/account\/setup\/[A-Za-z0-9_-]{43}$/);
    expect(await db.user.findUniqueOrThrow({ where: { id } })).toMatchObject({ roles: ['ADMIN'], passwordHash: null });
    expect(await db.auditEvent.findFirst({ where: { action: 'account.created', objectId: id } })).toMatchObject({ actorId: null, meta: { via: 'cli' } });
  });
});
