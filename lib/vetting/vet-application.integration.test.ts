import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { authenticate } from '@/lib/auth/authenticate';
import type { Actor } from '@/lib/authz';
import { blindIndex } from '@/lib/crypto/personal-data';
import { createApplicantAccount } from '@/lib/members/applicant-account';
import { getOwnApplication } from '@/lib/members/get-own-application';
import { saveApplicationStep } from '@/lib/members/save-application-step';
import { submitApplication } from '@/lib/members/submit-application';
import { OTP_MAX_ATTEMPTS, requestOtp } from '@/lib/members/otp';
import { IDENTITY_STEPS_PER_HOUR } from '@/lib/rate-limit/public-limits';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { uniqueNationalCode } from '@/lib/testing/national-code';
import { createActor } from '@/lib/testing/reports';
import { simulatedIdentity, simulatedInquiries } from './providers';
import { getApplicationForVetting } from './get-application-for-vetting';
import { listApplications } from './list-applications';
import { revealApplicantIdentity } from './reveal-applicant-identity';
import { vetApplication } from './vet-application';

const PROVINCE = 24;
const randomMobile = () =>
  `0935${Math.floor(Math.random() * 1e7)
    .toString()
    .padStart(7, '0')}`;

/** The code as the SMS or e-mail carries it (in Persian digits), read back from the outbox. */
async function lastCodeSentTo(address: string) {
  const db = await seededDb();
  const sms = await db.notification.findFirstOrThrow({ where: { template: 'otp', address }, orderBy: { createdAt: 'desc' } });
  const persian = /[۰-۹]{6}/.exec(sms.body)![0];
  return persian.replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d)));
}

async function registerApplicant(nationalCode = uniqueNationalCode()) {
  const db = await seededDb();
  const mobile = randomMobile();
  await requestOtp({ target: { channel: 'SMS', mobile }, purpose: 'register', rateKey: `otp-${uniqueSuffix()}` });
  const { userId } = await createApplicantAccount({ mobile, code: await lastCodeSentTo(mobile), password: 'a-long-password-1405' });
  const user = await db.user.findUniqueOrThrow({ where: { id: userId } });
  const actor: Actor = { id: user.id, name: user.name, roles: user.roles, provinceId: null, coreId: null, agencyId: null };
  const county = await db.county.findFirstOrThrow({ where: { provinceId: PROVINCE } });
  await saveApplicationStep({
    actor,
    step: 'identity',
    fields: {
      firstName: 'سارا',
      lastName: `آزمون${uniqueSuffix()}`,
      fatherName: 'محمد',
      nationalCode,
      birthDate: '1368/02/15',
      gender: 'FEMALE',
    },
  });
  await saveApplicationStep({ actor, step: 'contact', fields: { email: '' } });
  await saveApplicationStep({ actor, step: 'place', fields: { provinceId: String(PROVINCE), countyId: String(county.id) } });
  await saveApplicationStep({
    actor,
    step: 'background',
    fields: { education: 'کارشناسی حقوق', occupation: 'وکیل', skills: 'حقوق، نگارش', interests: ['crime'] },
  });
  await saveApplicationStep({ actor, step: 'declaration', fields: { commitments: 'on', noCriminalRecord: 'on', consentInquiries: 'on' } });
  return { actor, mobile, nationalCode };
}

describe('registration', () => {
  it('verifies the mobile with a one-time code, locks after too many wrong tries, and stores personal data encrypted', async () => {
    const db = await seededDb();
    const mobile = randomMobile();
    await requestOtp({ target: { channel: 'SMS', mobile }, purpose: 'register', rateKey: `otp-${uniqueSuffix()}` });
    const code = await lastCodeSentTo(mobile);
    const wrong = code === '000000' ? '111111' : '000000';
    await expect(createApplicantAccount({ mobile, code: wrong, password: 'a-long-password-1405' })).rejects.toMatchObject({
      fieldErrors: { code: ['otpWrong'] },
    });
    // Guesses in parallel are each counted: never more than OTP_MAX_ATTEMPTS comparisons per code.
    await Promise.allSettled(Array.from({ length: 8 }, () => createApplicantAccount({ mobile, code: wrong, password: 'a-long-password-1405' })));
    expect((await db.otpChallenge.findFirstOrThrow({ where: { addressIndex: blindIndex('mobile', mobile) }, orderBy: { createdAt: 'desc' } })).attempts).toBe(
      OTP_MAX_ATTEMPTS,
    );
    await expect(createApplicantAccount({ mobile, code: wrong, password: 'a-long-password-1405' })).rejects.toMatchObject({
      fieldErrors: { code: ['otpLocked'] },
    });
    await expect(createApplicantAccount({ mobile, code, password: 'a-long-password-1405' })).rejects.toMatchObject({ fieldErrors: { code: ['otpLocked'] } });

    // Per mobile: three codes in fifteen minutes.
    await requestOtp({ target: { channel: 'SMS', mobile }, purpose: 'register', rateKey: `otp-${uniqueSuffix()}` });
    await requestOtp({ target: { channel: 'SMS', mobile }, purpose: 'register', rateKey: `otp-${uniqueSuffix()}` });
    await expect(requestOtp({ target: { channel: 'SMS', mobile }, purpose: 'register', rateKey: `otp-${uniqueSuffix()}` })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    const { userId } = await createApplicantAccount({ mobile, code: await lastCodeSentTo(mobile), password: 'a-long-password-1405' });

    // A code asked for six minutes ago has expired.
    const late = randomMobile();
    await requestOtp({
      target: { channel: 'SMS', mobile: late },
      purpose: 'register',
      rateKey: `otp-${uniqueSuffix()}`,
      now: new Date(Date.now() - 6 * 60_000),
    });
    await expect(createApplicantAccount({ mobile: late, code: await lastCodeSentTo(late), password: 'a-long-password-1405' })).rejects.toMatchObject({
      fieldErrors: { code: ['otpExpired'] },
    });

    const stored = await db.user.findUniqueOrThrow({ where: { id: userId } });
    expect(stored.mobileEnc).not.toContain(mobile.slice(1));
    expect(stored.roles).toEqual([]);
    expect((await authenticate({ identifier: mobile.replace(/^0/, '+98'), password: 'a-long-password-1405', clientKey: `c-${uniqueSuffix()}` })).id).toBe(
      userId,
    );
  });

  it('keeps a draft, accepts a national code another application holds exactly like a free one, and submits only when complete', async () => {
    const first = await registerApplicant();
    const db = await seededDb();
    const row = await db.member.findUniqueOrThrow({ where: { userId: first.actor.id } });
    expect(row.nationalCodeEnc).not.toContain(first.nationalCode);
    expect((await getOwnApplication({ actor: first.actor })).nationalCode).toBe(first.nationalCode);

    // The answer for a taken code and for a free one is the same: nothing about the other application.
    const identity = (nationalCode: string) => ({
      firstName: 'رضا',
      lastName: 'دوم',
      fatherName: 'حسن',
      nationalCode,
      birthDate: '1360/01/01',
      gender: 'MALE',
    });
    const second = await registerApplicant();
    const third = await registerApplicant();
    const taken = await saveApplicationStep({ actor: second.actor, step: 'identity', fields: identity(first.nationalCode) });
    const free = await saveApplicationStep({ actor: third.actor, step: 'identity', fields: identity(uniqueNationalCode()) });
    expect(taken).toEqual(free);
    expect((await getOwnApplication({ actor: second.actor })).nationalCode).toBe(first.nationalCode);

    const mobile = randomMobile();
    await requestOtp({ target: { channel: 'SMS', mobile }, purpose: 'register', rateKey: `otp-${uniqueSuffix()}` });
    const { userId } = await createApplicantAccount({ mobile, code: await lastCodeSentTo(mobile), password: 'a-long-password-1405' });
    await expect(submitApplication({ actor: { id: userId, name: '', roles: [], provinceId: null, coreId: null, agencyId: null } })).rejects.toMatchObject({
      code: 'VALIDATION',
    });
    expect(await submitApplication({ actor: first.actor })).toEqual({ status: 'SUBMITTED' });
    await expect(saveApplicationStep({ actor: first.actor, step: 'contact', fields: { email: 'x@example.org' } })).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('shows vetters the other application with the same national code, and never approves a code twice', async () => {
    const db = await seededDb();
    // An ending the provider simulator passes (00, 13 and 26 fail a check), so approval is refused only for the duplicate.
    const first = await registerApplicant(uniqueNationalCode('42'));
    const second = await registerApplicant(first.nationalCode);
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: PROVINCE });
    const firstId = (await db.member.findUniqueOrThrow({ where: { userId: first.actor.id } })).id;
    const secondId = (await db.member.findUniqueOrThrow({ where: { userId: second.actor.id } })).id;
    const seen = await getApplicationForVetting({ actor: staff, memberId: secondId });
    expect(seen.possibleDuplicates).toEqual([{ id: firstId, status: 'DRAFT', province: expect.objectContaining({ name: expect.any(String) }) }]);
    // Another province's vetter sees that a duplicate exists, not which application it is.
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    expect((await getApplicationForVetting({ actor: national, memberId: firstId })).possibleDuplicates[0]!.id).toBe(secondId);
    await db.member.update({ where: { id: firstId }, data: { provinceId: PROVINCE + 1 } });
    expect((await getApplicationForVetting({ actor: staff, memberId: secondId })).possibleDuplicates).toEqual([
      { id: null, status: 'DRAFT', province: expect.anything() },
    ]);
    // Nothing of this reaches the applicants.
    expect(JSON.stringify(await getOwnApplication({ actor: second.actor }))).not.toContain(firstId);

    // Once one of them is a member, the other cannot be approved.
    await db.member.update({ where: { id: firstId }, data: { status: 'APPROVED' } });
    await submitApplication({ actor: second.actor });
    let version = (await db.member.findUniqueOrThrow({ where: { id: secondId } })).version;
    for (const action of ['startReview', 'confirmDetails', 'verifyIdentity', 'runInquiries'] as const) {
      await vetApplication({ actor: staff, memberId: secondId, action, version, providers: { identity: simulatedIdentity, inquiries: simulatedInquiries } });
      version = (await db.member.findUniqueOrThrow({ where: { id: secondId } })).version;
    }
    await expect(
      vetApplication({
        actor: staff,
        memberId: secondId,
        action: 'approve',
        version,
        confirmed: true,
        providers: { identity: simulatedIdentity, inquiries: simulatedInquiries },
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { action: ['duplicateMember'] } });
  });

  it('binds an e-mail address only after its code is typed back, and answers a taken address exactly like a free one', async () => {
    const db = await seededDb();
    const owner = await registerApplicant();
    const address = `owner-${uniqueSuffix()}@example.org`;
    expect(await saveApplicationStep({ actor: owner.actor, step: 'contact', fields: { email: address } })).toEqual({ emailCodeSent: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.actor.id } })).email).toBeNull();
    const code = await lastCodeSentTo(address);
    await expect(
      saveApplicationStep({ actor: owner.actor, step: 'contact', fields: { email: address, emailCode: code === '000000' ? '111111' : '000000' } }),
    ).rejects.toMatchObject({
      fieldErrors: { emailCode: ['otpWrong'] },
    });
    expect(await saveApplicationStep({ actor: owner.actor, step: 'contact', fields: { email: address, emailCode: code } })).toEqual({ next: true });
    expect((await db.user.findUniqueOrThrow({ where: { id: owner.actor.id } })).email).toBe(address);

    // Another applicant types the owner's address, and a free one: the same answers, step by step.
    const prober = await registerApplicant();
    const fresh = `free-${uniqueSuffix()}@example.org`;
    expect(await saveApplicationStep({ actor: prober.actor, step: 'contact', fields: { email: address } })).toEqual({ emailCodeSent: true });
    const other = await registerApplicant();
    expect(await saveApplicationStep({ actor: other.actor, step: 'contact', fields: { email: fresh } })).toEqual({ emailCodeSent: true });
    const guessTaken = await saveApplicationStep({ actor: prober.actor, step: 'contact', fields: { email: address, emailCode: '123456' } }).catch(
      (e: unknown) => e,
    );
    const guessFree = await saveApplicationStep({
      actor: other.actor,
      step: 'contact',
      fields: {
        email: fresh,
        emailCode: (await lastCodeSentTo(fresh)) === '123456' ? '654321' : '123456',
      },
    }).catch((e: unknown) => e);
    expect(guessTaken).toMatchObject({ code: 'VALIDATION', fieldErrors: { emailCode: ['otpWrong'] } });
    expect(guessFree).toMatchObject({ code: 'VALIDATION', fieldErrors: { emailCode: ['otpWrong'] } });
    // The owner was told, with no code in the message; the prober's account has no address.
    const notice = await db.notification.findFirstOrThrow({ where: { address, template: 'email.taken' }, orderBy: { createdAt: 'desc' } });
    expect(notice.body).not.toMatch(/[0-9۰-۹]{6}/);
    expect((await db.user.findUniqueOrThrow({ where: { id: prober.actor.id } })).email).toBeNull();
  });

  it('limits the identity and contact steps per account', async () => {
    const { actor } = await registerApplicant(); // two saves of the limited steps already
    const identity = { firstName: 'سارا', lastName: 'آزمون', fatherName: 'محمد', birthDate: '1368/02/15', gender: 'FEMALE' };
    for (let i = 2; i < IDENTITY_STEPS_PER_HOUR; i++)
      await saveApplicationStep({ actor, step: 'identity', fields: { ...identity, nationalCode: uniqueNationalCode() } });
    const limited = await saveApplicationStep({ actor, step: 'identity', fields: { ...identity, nationalCode: uniqueNationalCode() } }).catch(
      (e: unknown) => e,
    );
    expect(limited).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
    await expect(saveApplicationStep({ actor, step: 'place', fields: { provinceId: String(PROVINCE), countyId: '1' } })).rejects.not.toMatchObject({
      code: 'RATE_LIMITED',
    });
  });
});

describe('vetting', () => {
  it('takes an application through every stage to a membership code and the MEMBER role, auditing each move', async () => {
    const db = await seededDb();
    const { actor: applicant } = await registerApplicant();
    await submitApplication({ actor: applicant });
    const member = await db.member.findUniqueOrThrow({ where: { userId: applicant.id } });
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: PROVINCE });
    const elsewhere = await createActor(db, ['PROVINCE_STAFF'], { provinceId: PROVINCE + 1 });

    expect((await listApplications({ actor: staff })).map((a) => a.id)).toContain(member.id);
    expect((await listApplications({ actor: elsewhere })).map((a) => a.id)).not.toContain(member.id);
    expect((await listApplications({ actor: staff, filters: { q: member.lastName } })).map((a) => a.id)).toEqual([member.id]);
    expect((await listApplications({ actor: staff, filters: { status: 'APPROVED', q: member.lastName } })).map((a) => a.id)).toEqual([]);
    await expect(getApplicationForVetting({ actor: elsewhere, memberId: member.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(vetApplication({ actor: applicant, memberId: member.id, action: 'startReview', version: member.version })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });

    const view = await getApplicationForVetting({ actor: staff, memberId: member.id });
    expect(view.nationalCodeMasked).toMatch(/^•{6}\d{4}$/);
    expect(view.actions.sort()).toEqual(['reject', 'startReview']);

    let v = member.version;
    const step = async (action: Parameters<typeof vetApplication>[0]['action'], note?: string) => {
      const r = await vetApplication({ actor: staff, memberId: member.id, action, version: v, note, confirmed: true });
      v = (await db.member.findUniqueOrThrow({ where: { id: member.id } })).version;
      return r;
    };
    expect((await step('startReview')).status).toBe('DETAILS_REVIEW');
    await expect(vetApplication({ actor: staff, memberId: member.id, action: 'startReview', version: v - 1 })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect((await step('confirmDetails')).status).toBe('IDENTITY_VERIFICATION');
    expect(await step('verifyIdentity')).toMatchObject({ status: 'INQUIRIES', checks: [{ outcome: 'PASS' }] });
    await expect(step('approve')).rejects.toMatchObject({ fieldErrors: { action: ['checksPending'] } });
    expect((await step('runInquiries')).checks.map((c) => c.outcome)).toEqual(['PASS', 'PASS']);
    // Issuing a membership code cannot be undone: without the tick it is refused.
    await expect(vetApplication({ actor: staff, memberId: member.id, action: 'approve', version: v })).rejects.toMatchObject({
      fieldErrors: { confirmed: ['confirmRequired'] },
    });
    const approved = await step('approve');
    expect(approved.status).toBe('APPROVED');
    expect(approved.membershipCode).toMatch(/^24-14\d\d-\d{5}$/);
    // The applicant is told, with the membership code in Persian digits and a link to log in; the steps
    // before the decision sent nothing.
    const told = await db.notification.findMany({ where: { userId: applicant.id, template: 'member.decision' } });
    expect(told).toHaveLength(1);
    expect(told[0]!.body).toContain(approved.membershipCode!.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!));
    expect(told[0]!.body).toContain('/login');

    const user = await db.user.findUniqueOrThrow({ where: { id: applicant.id } });
    expect(user.roles).toEqual(['MEMBER']);
    expect(await db.vettingCheck.count({ where: { memberId: member.id } })).toBe(3);
    expect(await db.auditEvent.count({ where: { objectId: member.id, action: 'member.transition' } })).toBe(6);

    expect(await revealApplicantIdentity({ actor: staff, memberId: member.id })).toMatchObject({ nationalCode: expect.stringMatching(/^\d{10}$/) });
    expect(await db.auditEvent.count({ where: { objectId: member.id, action: 'member.identity_revealed', actorId: staff.id } })).toBe(1);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('records a failed identity match and a criminal-record finding, asks for corrections, and rejects with a reason', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const vet = (memberId: string) => async (action: Parameters<typeof vetApplication>[0]['action'], note?: string) => {
      const { version } = await db.member.findUniqueOrThrow({ where: { id: memberId } });
      return vetApplication({ actor: national, memberId, action, version, note, confirmed: true });
    };

    const mismatch = await registerApplicant(uniqueNationalCode('00'));
    await submitApplication({ actor: mismatch.actor });
    const a = (await db.member.findUniqueOrThrow({ where: { userId: mismatch.actor.id } })).id;
    await vet(a)('startReview');
    await expect(vet(a)('requestCorrection')).rejects.toMatchObject({ fieldErrors: { note: ['noteRequired'] } });
    expect((await vet(a)('requestCorrection', 'نام پدر را کامل بنویسید.')).status).toBe('CORRECTION_REQUESTED');
    expect((await getOwnApplication({ actor: mismatch.actor })).staffNote).toBe('نام پدر را کامل بنویسید.');
    await saveApplicationStep({ actor: mismatch.actor, step: 'background', fields: { education: 'کارشناسی ارشد', occupation: 'وکیل' } });
    await submitApplication({ actor: mismatch.actor });
    await vet(a)('startReview');
    await vet(a)('confirmDetails');
    expect(await vet(a)('verifyIdentity')).toMatchObject({ status: 'IDENTITY_VERIFICATION', checks: [{ outcome: 'FAIL' }] });
    expect((await vet(a)('reject', 'شماره همراه با کد ملی تطبیق نداشت.')).status).toBe('REJECTED');
    expect(await db.member.findUniqueOrThrow({ where: { id: a } })).toMatchObject({
      status: 'REJECTED',
      membershipCode: null,
      staffNote: 'شماره همراه با کد ملی تطبیق نداشت.',
    });
    // Told of the correction asked and of the rejection, never of the note's text (it is behind the login).
    const told = await db.notification.findMany({ where: { userId: mismatch.actor.id, template: 'member.decision' }, orderBy: { createdAt: 'asc' } });
    expect(told.map((n) => n.body.split('\n')[0])).toEqual([
      'سجام: درخواست عضویت شما نیاز به اصلاح دارد. توضیح کارشناس را ببینید و درخواست را دوباره بفرستید:',
      'سجام: درخواست عضویت شما پذیرفته نشد. توضیح را در این نشانی ببینید:',
    ]);
    expect(told.some((n) => n.body.includes('تطبیق'))).toBe(false);

    const record = await registerApplicant(uniqueNationalCode('13'));
    await submitApplication({ actor: record.actor });
    const b = (await db.member.findUniqueOrThrow({ where: { userId: record.actor.id } })).id;
    await vet(b)('startReview');
    await vet(b)('confirmDetails');
    await vet(b)('verifyIdentity');
    expect((await vet(b)('runInquiries')).checks.map((c) => c.outcome)).toEqual(['FAIL', 'PASS']);
    await expect(vet(b)('approve')).rejects.toMatchObject({ fieldErrors: { action: ['checksPending'] } });
    // Asking again until a service says yes does not wash out the finding.
    const { version } = await db.member.findUniqueOrThrow({ where: { id: b } });
    const lenient = {
      identity: simulatedIdentity,
      inquiries: simulatedInquiries.map((p) => ({ name: p.name, inquire: async () => ({ outcome: 'PASS' as const, reference: 'again' }) })),
    };
    expect((await vetApplication({ actor: national, memberId: b, action: 'runInquiries', version, providers: lenient })).checks.map((c) => c.outcome)).toEqual([
      'PASS',
      'PASS',
    ]);
    await expect(vet(b)('approve')).rejects.toMatchObject({ fieldErrors: { action: ['checksPending'] } });
  });
});
