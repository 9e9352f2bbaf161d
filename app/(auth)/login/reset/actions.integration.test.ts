import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { mobileColumns } from '@/lib/crypto/personal-data';
import { callAction, formOf } from '@/lib/testing/call-action';
import { seededDb } from '@/lib/testing/db';
import { passwordResetAction } from './actions';

const latin = (s: string) => s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
const newMobile = () => `0938${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
const persian = /[\u0600-\u06FF]/;

describe('the password reset form (through the action wrapper)', () => {
  it('walks mobile → code → new password, keeps step 2 on every refusal, and never sends a code or password back', async () => {
    const db = await seededDb();
    const mobile = newMobile();
    const user = await db.user.create({
      data: { ...mobileColumns(mobile), name: 'عضو', roles: ['MEMBER'], passwordHash: await hashPassword('old-password-1405') },
    });
    const address = `198.51.100.${Math.floor(Math.random() * 200) + 20}`;
    const post = (fields: Record<string, string>) => callAction(passwordResetAction, formOf(fields), { address, path: '/login/reset' });

    const refused = await post({ intent: 'send', mobile: '12345' });
    expect(refused).toMatchObject({ ok: false, values: { mobile: '12345' } });
    expect(refused.fieldErrors?.mobile?.[0]).toMatch(persian);

    // Typed with Persian digits and +98: read as the same mobile.
    const sent = await post({ intent: 'send', mobile: `+98${'۹۳۸'}${mobile.slice(4)}` });
    expect(sent).toMatchObject({ ok: true, data: { step: 'code', mobile, codesLeft: 2, nextCodeAt: null } });

    const changed = await post({ intent: 'change', mobile });
    expect(changed).toMatchObject({ ok: true, data: { step: 'mobile', mobile } });

    const short = await post({ intent: 'finish', mobile, code: '123456', password: 'short' });
    expect(short).toMatchObject({ ok: true, code: 'VALIDATION', data: { step: 'code', mobile, codesLeft: 2 } });
    expect(short.fieldErrors?.password?.[0]).toMatch(persian);
    expect(short.values).not.toHaveProperty('password');
    expect(short.values).not.toHaveProperty('code');

    const resent = await post({ intent: 'resend', mobile });
    expect(resent).toMatchObject({ ok: true, data: { step: 'code', codesLeft: 1 } });
    const last = await post({ intent: 'resend', mobile });
    expect(last.data).toMatchObject({ step: 'code', codesLeft: 0, nextCodeAt: expect.any(String) });
    const limited = await post({ intent: 'resend', mobile });
    expect(limited).toMatchObject({ ok: true, code: 'RATE_LIMITED', data: { step: 'code', mobile, codesLeft: 0 } });
    expect(limited.message).toMatch(persian);

    // The action kicks delivery, which keeps only a masked address: the newest reset code is this one.
    const sms = await db.notification.findFirstOrThrow({ where: { template: 'password.reset' }, orderBy: { createdAt: 'desc' } });
    const code = latin(/[۰-۹]{6}/.exec(sms.body)![0]);
    await expect(post({ intent: 'finish', mobile, code, password: 'new-password-1405' })).rejects.toMatchObject({
      digest: expect.stringContaining('/login?reset=done'),
    });
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(await verifyPassword(after.passwordHash!, 'new-password-1405')).toBe(true);
  });

  it('gives the same answers for a mobile with no account', async () => {
    const mobile = newMobile();
    const post = (fields: Record<string, string>) =>
      callAction(passwordResetAction, formOf(fields), { address: `203.0.113.${Math.floor(Math.random() * 200) + 20}` });
    const sent = await post({ intent: 'send', mobile });
    expect(sent).toMatchObject({ ok: true, data: { step: 'code', mobile, codesLeft: 2, nextCodeAt: null } });
    const wrong = await post({ intent: 'finish', mobile, code: '123456', password: 'new-password-1405' });
    expect(wrong).toMatchObject({ ok: true, code: 'VALIDATION', data: { step: 'code', mobile } });
    expect(Object.keys(wrong.fieldErrors ?? {})).toEqual(['code']);
  });
});
