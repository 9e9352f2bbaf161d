import { describe, expect, it } from 'vitest';
import { callAction, formOf } from '@/lib/testing/call-action';
import { seededDb } from '@/lib/testing/db';
import { joinAction } from './actions';

const latin = (s: string) => s.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));

describe('/join (through the action wrapper)', () => {
  it('sends a code, goes back with the number kept, keeps step 2 after a wrong code, and opens the account', async () => {
    const db = await seededDb();
    const mobile = `0939${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
    const address = `192.0.2.${Math.floor(Math.random() * 200) + 20}`;
    const post = (fields: Record<string, string>) => callAction(joinAction, formOf(fields), { address, path: '/join' });

    expect(await post({ intent: 'send', mobile })).toMatchObject({ ok: true, data: { step: 'code', mobile, codesLeft: 2 } });
    expect(await post({ intent: 'change', mobile })).toMatchObject({ ok: true, data: { step: 'mobile', mobile } });
    // An unknown intent is the main button (Enter in a field of step 2).
    const wrong = await post({ intent: 'whatever', mobile, code: '12', password: 'a-long-password-1405' });
    expect(wrong).toMatchObject({ ok: true, code: 'VALIDATION', data: { step: 'code', mobile }, values: { mobile } });
    expect(wrong.fieldErrors?.code?.[0]).toMatch(/[\u0600-\u06FF]/);

    const sms = await db.notification.findFirstOrThrow({ where: { template: 'otp' }, orderBy: { createdAt: 'desc' } });
    const code = latin(/[۰-۹]{6}/.exec(sms.body)![0]);
    await expect(post({ intent: 'finish', mobile, code, password: 'a-long-password-1405' })).rejects.toMatchObject({
      digest: expect.stringContaining('/application'),
    });
  });
});
