import { describe, expect, it } from 'vitest';
import { createApplicantAccount } from '@/lib/members/applicant-account';
import { requestOtp } from '@/lib/members/otp';
import { callAction, formOf } from '@/lib/testing/call-action';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { saveStepAction, submitApplicationAction } from './actions';

async function newApplicant() {
  const db = await seededDb();
  const mobile = `0936${String(Math.floor(Math.random() * 1e7)).padStart(7, '0')}`;
  await requestOtp({ target: { channel: 'SMS', mobile }, purpose: 'register', rateKey: `otp-${uniqueSuffix()}` });
  const sms = await db.notification.findFirstOrThrow({ where: { template: 'otp', address: mobile }, orderBy: { createdAt: 'desc' } });
  const code = /[۰-۹]{6}/.exec(sms.body)![0].replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
  const { userId } = await createApplicantAccount({ mobile, code, password: 'a-long-password-1405' });
  return db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, name: true, roles: true } });
}

describe('application step actions (through the action wrapper)', () => {
  it('asks a visitor without a session to log in, and keeps what they typed', async () => {
    const state = await callAction(saveStepAction, formOf({ step: 'identity', firstName: 'سارا' }));
    expect(state).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', values: { firstName: 'سارا' } });
  });

  it('refuses an unknown step with a Persian message, and a saved step goes on to the next', async () => {
    const applicant = await newApplicant();
    const unknown = await callAction(saveStepAction, formOf({ step: 'salary', firstName: 'سارا' }), { as: applicant });
    expect(unknown).toMatchObject({ ok: false, code: 'VALIDATION', values: { firstName: 'سارا' } });
    expect(unknown.message).toMatch(/[\u0600-\u06FF]/);
    // Success redirects (Next's redirect error carries the target), it is not swallowed as a failure.
    await expect(callAction(saveStepAction, formOf({ step: 'contact', email: '' }), { as: applicant })).rejects.toMatchObject({
      digest: expect.stringContaining('/application?step=place'),
    });
  });

  it('stays on the contact step when a code was sent to the e-mail, and never sends a typed code back', async () => {
    const applicant = await newApplicant();
    const email = `a-${uniqueSuffix()}@example.org`;
    const sent = await callAction(saveStepAction, formOf({ step: 'contact', email, emailCode: '' }), { as: applicant });
    expect(sent).toMatchObject({ ok: true, data: { emailCodeSent: true }, values: { email } });
    const wrong = await callAction(saveStepAction, formOf({ step: 'contact', email, emailCode: '000001' }), { as: applicant });
    expect(wrong).toMatchObject({ ok: false, code: 'VALIDATION', values: { email } });
    expect(wrong.values).not.toHaveProperty('emailCode');
    expect(wrong.fieldErrors?.emailCode?.[0]).toMatch(/[\u0600-\u06FF]/);
  });

  it('refuses to send an incomplete application, naming the missing steps', async () => {
    const applicant = await newApplicant();
    const state = await callAction(submitApplicationAction, formOf({}), { as: applicant });
    expect(state).toMatchObject({ ok: false, code: 'VALIDATION' });
    expect(Object.keys(state.fieldErrors ?? {})).toEqual(expect.arrayContaining(['identity', 'place']));
  });
});
