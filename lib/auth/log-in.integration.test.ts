import { describe, expect, it } from 'vitest';
import { loginAction } from '@/app/(auth)/login/actions';
import { callAction, formOf } from '@/lib/testing/call-action';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { logIn } from './log-in';
import { logOut } from './log-out';
import { hashPassword } from './password';
import { readSessionActor } from './read-session-actor';

async function staff() {
  const db = await seededDb();
  const email = `login-${uniqueSuffix()}@sajam.test`;
  const user = await db.user.create({
    data: { email, name: 'کارشناس آزمون', roles: ['PROVINCE_STAFF'], provinceId: 8, passwordHash: await hashPassword('a-long-password-1405') },
  });
  return { email, user };
}

describe('login without next-auth’s client (works without JavaScript)', () => {
  it('makes a session cookie that the cookie reader accepts, and logout kills every copy of it', async () => {
    const { email, user } = await staff();
    const cookie = await logIn({ identifier: `\u200E${email.toUpperCase()}`, password: 'a-long-password-1405', clientKey: `c-${uniqueSuffix()}` });
    expect(cookie).toMatchObject({ name: 'next-auth.session-token', options: { httpOnly: true, sameSite: 'lax', path: '/' } });
    const jar = { getAll: () => [{ name: cookie.name, value: cookie.value }] };
    expect(await readSessionActor(jar)).toMatchObject({ id: user.id, roles: ['PROVINCE_STAFF'] });
    await logOut({ cookies: jar });
    expect(await readSessionActor(jar)).toBeNull();
  });

  it('answers a wrong password with one message that does not say which field was wrong, keeps the identifier, never the password', async () => {
    const { email } = await staff();
    const state = await callAction(loginAction, formOf({ identifier: email, password: 'not-the-password', next: '/province' }), { address: '198.51.100.90' });
    expect(state).toMatchObject({
      ok: false,
      code: 'VALIDATION',
      fieldErrors: { form: ['شماره همراه/ایمیل یا گذرواژه درست نیست.'] },
      values: { identifier: email },
    });
    expect(state.values).not.toHaveProperty('password');
  });

  it('asks for both fields in Persian, and refuses what is neither a mobile nor an e-mail', async () => {
    const empty = await callAction(loginAction, formOf({ identifier: '', password: '' }), { address: '198.51.100.91' });
    expect(empty.fieldErrors).toEqual({ identifier: ['این قسمت را پر کنید.'], password: ['این قسمت را پر کنید.'] });
    const bad = await callAction(loginAction, formOf({ identifier: '12345', password: 'x' }), { address: '198.51.100.91' });
    expect(bad.fieldErrors?.identifier?.[0]).toContain('شماره همراه');
  });

  it('goes on to the page asked for, never off the site', async () => {
    const { email } = await staff();
    const cases: [next: string, to: string][] = [
      ['/province?q=چراغ', `/province?q=${encodeURIComponent('چراغ')}`],
      ['//evil.example', '/dashboard'],
    ];
    for (const [next, to] of cases) {
      const answer = await callAction(loginAction, formOf({ identifier: email, password: 'a-long-password-1405', next }), {
        address: `198.51.100.${92 + next.length}`,
      }).catch((e: { digest?: string }) => e.digest);
      expect(answer).toEqual(expect.stringContaining(`;${to}`));
    }
  });

  it('locks one client out after five wrong passwords for one account, with the wait in minutes', async () => {
    const { email } = await staff();
    for (let i = 0; i < 5; i++) await callAction(loginAction, formOf({ identifier: email, password: `wrong-${i}` }), { address: '198.51.100.99' });
    const locked = await callAction(loginAction, formOf({ identifier: email, password: 'a-long-password-1405' }), { address: '198.51.100.99' });
    expect(locked).toMatchObject({ ok: false, code: 'RATE_LIMITED' });
    expect(locked.message).toMatch(/[۰-۹]+ دقیقه/);
  }, 60_000);
});
