import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { mobileColumns } from '@/lib/crypto/personal-data';
import { OTP_PER_MOBILE } from '@/lib/members/otp';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { hashPassword, verifyPassword } from './password';
import { requestPasswordReset } from './request-password-reset';
import { resetPassword } from './reset-password';
import { startSession } from './start-session';

const latin = (s: string) => s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
const newMobile = () => `0937${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;

async function staffWithMobile(status: 'ACTIVE' | 'DISABLED' = 'ACTIVE') {
  const db = await seededDb();
  const mobile = newMobile();
  const user = await db.user.create({
    data: {
      ...mobileColumns(mobile),
      email: `r-${uniqueSuffix()}@sajam.test`,
      name: 'کارشناس',
      roles: ['PROVINCE_STAFF'],
      provinceId: 6,
      status,
      passwordHash: await hashPassword('old-password-1405'),
    },
  });
  return { db, mobile, user };
}

async function sentCode(mobile: string) {
  const db = await seededDb();
  const sms = await db.notification.findFirstOrThrow({ where: { template: 'password.reset', address: mobile }, orderBy: { createdAt: 'desc' } });
  return latin(/[۰-۹]{6}/.exec(sms.body)![0]);
}

describe('password reset by a one-time code to the mobile', () => {
  it('sets the new password, ends every session of the account, and audits it (staff included)', async () => {
    const { db, mobile, user } = await staffWithMobile();
    const sessions = await Promise.all([startSession({ userId: user.id }), startSession({ userId: user.id })]);
    const rateKey = `reset-${uniqueSuffix()}`;

    const sent = await requestPasswordReset({ mobile, rateKey });
    expect(sent).toEqual({ codesLeft: OTP_PER_MOBILE - 1, nextCodeAt: null });
    const code = await sentCode(mobile);
    expect(await db.notification.count({ where: { address: mobile, template: 'otp' } })).toBe(0);

    await expect(
      resetPassword({ mobile, code: code === '000000' ? '111111' : '000000', password: 'new-password-1405', clientKey: rateKey }),
    ).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { code: ['otpWrong'] },
    });
    expect(await resetPassword({ mobile, code, password: 'new-password-1405', clientKey: rateKey })).toEqual({ userId: user.id });

    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash!, 'new-password-1405')).toBe(true);
    expect(await verifyPassword(after.passwordHash!, 'old-password-1405')).toBe(false);
    const ended = await db.session.findMany({ where: { id: { in: sessions.map((s) => s.id) } } });
    expect(ended.map((s) => s.revokedReason)).toEqual(['PASSWORD_CHANGED', 'PASSWORD_CHANGED']);
    const events = await db.auditEvent.findMany({ where: { objectId: user.id }, orderBy: { id: 'asc' }, select: { action: true, meta: true, actorId: true } });
    expect(events).toEqual([
      { action: 'auth.sessions_revoked', meta: { reason: 'password_changed', count: 2 }, actorId: user.id },
      { action: 'auth.password_reset', meta: null, actorId: user.id },
    ]);
    expect((await verifyAuditChain(db)).ok).toBe(true);

    // The code is spent: a second reset with it fails.
    await expect(resetPassword({ mobile, code, password: 'third-password-1405', clientKey: rateKey })).rejects.toMatchObject({ code: 'VALIDATION' });
  });

  it('answers a mobile without an account, or a disabled one, exactly like one with an account, and sends nothing', async () => {
    const { db, mobile: known } = await staffWithMobile();
    const { mobile: disabled } = await staffWithMobile('DISABLED');
    const unknown = newMobile();
    for (const mobile of [known, disabled, unknown]) {
      const rateKey = `reset-${uniqueSuffix()}`;
      const answers = [];
      for (let i = 0; i < OTP_PER_MOBILE; i++) answers.push(await requestPasswordReset({ mobile, rateKey }));
      expect(answers.map((a) => a.codesLeft)).toEqual([2, 1, 0]);
      expect(answers[2]!.nextCodeAt).toBeInstanceOf(Date);
      await expect(requestPasswordReset({ mobile, rateKey })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
      const wrong = resetPassword({ mobile, code: '123456', password: 'new-password-1405', clientKey: rateKey });
      await expect(wrong).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { code: ['otpWrong'] } });
    }
    expect(await db.notification.count({ where: { address: { in: [disabled, unknown] } } })).toBe(0);
    expect(await db.notification.count({ where: { address: known, template: 'password.reset' } })).toBe(OTP_PER_MOBILE);
  });
});
