// Certificates end to end on a real database (issue #18): issued inside the completing transaction, verified by
// code, expired by the clock, revoked within scope, listed and downloaded by the holder only, reminded before expiry.
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/authz';
import type { Db } from '@/lib/db/client';
import { formatDueDay } from '@/lib/i18n/format';
import { JOBS } from '@/lib/jobs/start-jobs';
import { callAction, formOf, sessionCookie } from '@/lib/testing/call-action';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { withoutBackgroundJobs } from '@/lib/testing/jobs';
import { inRequestScope } from '@/lib/testing/next-request-scope';
import { createActor, createCore } from '@/lib/testing/reports';
import { revokeCertificateAction } from '@/app/(dashboard)/training/certificates/actions';
import { GET } from '@/app/(dashboard)/training/certificates/[id]/pdf/route';
import { certificateExpiresAt } from './certificate-expiry';
import { getCertificatePdf } from './get-certificate-pdf';
import { issueCertificate } from './issue-certificate';
import { listOwnCertificates } from './list-own-certificates';
import { remindExpiringCertificates } from './remind-expiring-certificates';
import { revokeCertificate } from './revoke-certificate';
import { verifyCertificate } from './verify-certificate';

const TEHRAN = 4;
const ISFAHAN = 6;
const DAY = 86_400_000;
const rateKey = () => `test-${uniqueSuffix()}`;
const audits = (db: Db, action: string, objectId: string) => db.auditEvent.count({ where: { action, objectId } });

withoutBackgroundJobs();

/** A published course version and a completed enrollment of `learner` in it (what the lead's submit-quiz-attempt leaves). */
async function completedEnrollment(db: Db, learner: Actor, { validMonths = 12, courseId }: { validMonths?: number; courseId?: string } = {}) {
  const course = courseId
    ? await db.course.findUniqueOrThrow({ where: { id: courseId } })
    : await db.course.create({ data: { slug: `cert-${uniqueSuffix()}`, audience: 'MEMBER' } });
  const number = (await db.courseVersion.count({ where: { courseId: course.id } })) + 1;
  const version = await db.courseVersion.create({
    data: {
      courseId: course.id,
      version: number,
      title: 'دورهٔ پایهٔ دیده‌بانی',
      description: 'آزمون',
      passMark: 70,
      attemptLimit: 3,
      attemptWaitMinutes: 0,
      validMonths,
      publishedAt: new Date(),
    },
  });
  const enrollment = await db.enrollment.create({ data: { userId: learner.id, courseId: course.id, versionId: version.id, completedAt: new Date() } });
  return { course, version, enrollment };
}

async function issue(db: Db, enrollmentId: string, now = new Date()) {
  return db.$transaction((tx) => issueCertificate(tx, { enrollmentId, now }));
}

async function download(id: string, as: Actor | null) {
  const headers: Record<string, string> = as ? { cookie: await sessionCookie({ id: as.id, name: as.name, roles: [...as.roles] }) } : {};
  const request = new NextRequest(`http://localhost/training/certificates/${id}/pdf`, { headers });
  return inRequestScope(request, () => GET(request, { params: Promise.resolve({ id }) }));
}

describe('certificates: issue, verify, expire, revoke', () => {
  it('issues once per enrollment, verifies valid, then expired by the clock, then revoked — showing the public projection only', async () => {
    const db = await seededDb();
    const holder = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const { version, enrollment } = await completedEnrollment(db, holder, { validMonths: 12 });
    const issuedAt = new Date();

    const issued = await issue(db, enrollment.id, issuedAt);
    expect(issued.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/);
    const row = await db.certificate.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row).toMatchObject({ userId: holder.id, versionId: version.id, holderName: holder.name, issuedAt, revokedAt: null });
    expect(row.expiresAt).toEqual(certificateExpiresAt(issuedAt, 12));
    expect(row.codeHash).not.toContain(issued.code.replace('-', ''));
    expect(row.codeSealed).not.toContain(issued.code.slice(0, 5));
    expect(await audits(db, 'certificate.issued', issued.id)).toBe(1);
    // Idempotent: the same certificate and code, nothing recorded again.
    expect(await issue(db, enrollment.id)).toEqual(issued);
    expect(await audits(db, 'certificate.issued', issued.id)).toBe(1);

    // Typed any way a person types it; the public sees the name, course, version, dates and state, nothing else.
    const typed = `  ${issued.code.toLowerCase().replace('-', ' ')} `;
    const valid = await verifyCertificate({ code: typed, rateKey: rateKey() });
    expect(valid).toEqual({
      code: issued.code,
      holderName: holder.name,
      courseTitle: version.title,
      version: version.version,
      issuedAt,
      expiresAt: row.expiresAt,
      state: 'valid',
    });
    // Time passes: valid through the last minute, expired from the expiry instant.
    expect((await verifyCertificate({ code: issued.code, rateKey: rateKey(), now: new Date(row.expiresAt.getTime() - 60_000) })).state).toBe('valid');
    expect((await verifyCertificate({ code: issued.code, rateKey: rateKey(), now: row.expiresAt })).state).toBe('expired');

    // Out of reach: another province's staff, a member, a trainer — NOT_FOUND, as for an unknown id.
    const isfahanStaff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: ISFAHAN });
    for (const actor of [isfahanStaff, holder, await createActor(db, ['TRAINER'], { provinceId: TEHRAN }), null])
      await expect(revokeCertificate({ actor, certificateId: issued.id, reason: 'سند نادرست' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const tehranStaff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: TEHRAN });
    await expect(revokeCertificate({ actor: tehranStaff, certificateId: crypto.randomUUID(), reason: 'سند نادرست' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await expect(revokeCertificate({ actor: tehranStaff, certificateId: 'not-an-id', reason: 'سند نادرست' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // The reason: 3–500 characters once normalized (format characters do not count).
    await expect(revokeCertificate({ actor: tehranStaff, certificateId: issued.id, reason: ' ab\u200c\u200f ' })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { reason: ['reason'] },
    });
    await expect(revokeCertificate({ actor: tehranStaff, certificateId: issued.id, reason: 'x'.repeat(501) })).rejects.toMatchObject({ code: 'VALIDATION' });
    expect((await db.certificate.findUniqueOrThrow({ where: { id: issued.id } })).revokedAt).toBeNull();

    const revokedAt = new Date();
    await revokeCertificate({ actor: tehranStaff, certificateId: issued.id, reason: '  گواهی به اشتباه صادر شد  ', now: revokedAt });
    expect(await db.certificate.findUniqueOrThrow({ where: { id: issued.id } })).toMatchObject({
      revokedAt,
      revokedById: tehranStaff.id,
      revokeReason: 'گواهی به اشتباه صادر شد',
    });
    expect(await audits(db, 'certificate.revoked', issued.id)).toBe(1);
    const revoked = await verifyCertificate({ code: issued.code, rateKey: rateKey() });
    expect(revoked.state).toBe('revoked');
    expect(JSON.stringify(revoked)).not.toContain('اشتباه');
    await expect(revokeCertificate({ actor: tehranStaff, certificateId: issued.id, reason: 'دوباره' })).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await audits(db, 'certificate.revoked', issued.id)).toBe(1);
  });

  it('province staff reach a member by the membership province; the national office reaches any; the form action revokes', async () => {
    const db = await seededDb();
    const core = await createCore(db, ISFAHAN);
    // No province on the account: the membership places the member in Isfahan.
    const member = await createActor(db, ['MEMBER'], { coreId: core.id });
    const { enrollment } = await completedEnrollment(db, member);
    const { id } = await issue(db, enrollment.id);
    await expect(
      revokeCertificate({ actor: await createActor(db, ['PROVINCE_STAFF'], { provinceId: TEHRAN }), certificateId: id, reason: 'دلیل آزمون' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const isfahanStaff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: ISFAHAN });
    const refused = await callAction(revokeCertificateAction, formOf({ certificateId: id, reason: 'ab' }), {
      as: { id: isfahanStaff.id, name: isfahanStaff.name, roles: [...isfahanStaff.roles] },
      path: '/training',
    });
    expect(refused).toMatchObject({ ok: false, fieldErrors: { reason: [expect.stringContaining('۳ تا ۵۰۰')] }, values: { reason: 'ab' } });
    const done = await callAction(revokeCertificateAction, formOf({ certificateId: id, reason: 'دورهٔ ناتمام' }), {
      as: { id: isfahanStaff.id, name: isfahanStaff.name, roles: [...isfahanStaff.roles] },
      path: '/training',
    });
    expect(done).toMatchObject({ ok: true, message: 'گواهی باطل شد.' });

    const other = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const second = await issue(db, (await completedEnrollment(db, other)).enrollment.id);
    await revokeCertificate({ actor: await createActor(db, ['NATIONAL_OFFICE']), certificateId: second.id, reason: 'دلیل آزمون' });
    expect((await verifyCertificate({ code: second.code, rateKey: rateKey() })).state).toBe('revoked');
  });

  it('revokes with it the holder’s other valid certificates of the course (a renewal leaves two), not another course’s', async () => {
    const db = await seededDb();
    const member = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const first = await completedEnrollment(db, member);
    const old = await issue(db, first.enrollment.id, new Date(Date.now() - 11 * 30 * DAY));
    const renewed = await issue(db, (await completedEnrollment(db, member, { courseId: first.course.id })).enrollment.id);
    const expired = await issue(db, (await completedEnrollment(db, member, { courseId: first.course.id })).enrollment.id, new Date(Date.now() - 400 * DAY));
    const otherCourse = await issue(db, (await completedEnrollment(db, member)).enrollment.id);
    const office = await createActor(db, ['NATIONAL_OFFICE']);

    const revoked = await revokeCertificate({ actor: office, certificateId: renewed.id, reason: 'سند نادرست' });
    expect(revoked.sort()).toEqual([renewed.id, old.id].sort());
    for (const c of [old, renewed]) expect((await verifyCertificate({ code: c.code, rateKey: rateKey() })).state).toBe('revoked');
    expect((await verifyCertificate({ code: expired.code, rateKey: rateKey() })).state).toBe('expired');
    expect((await verifyCertificate({ code: otherCourse.code, rateKey: rateKey() })).state).toBe('valid');
    expect(await db.auditEvent.findFirst({ where: { action: 'certificate.revoked', objectId: old.id }, select: { meta: true } })).toMatchObject({
      meta: { reason: 'سند نادرست', with: renewed.id },
    });
  });

  it('answers NOT_FOUND alike for an unknown or malformed code, and limits each client', async () => {
    const db = await seededDb();
    await expect(verifyCertificate({ code: 'ZZZZZ-ZZZZZ', rateKey: rateKey() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(verifyCertificate({ code: 'not a code', rateKey: rateKey() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const holder = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const { code } = await issue(db, (await completedEnrollment(db, holder)).enrollment.id);
    // 60 views a client in 10 minutes, counted before the code is even read: the 61st is refused, a real code too.
    const key = rateKey();
    for (let i = 0; i < 60; i++) await expect(verifyCertificate({ code: 'x', rateKey: key })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(verifyCertificate({ code, rateKey: key })).rejects.toMatchObject({ code: 'RATE_LIMITED' });
  });
});

describe("the holder's certificates", () => {
  it("lists only the holder's own, with the code; the PDF downloads for the holder only, audited, private", async () => {
    const db = await seededDb();
    const holder = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const stranger = await createActor(db, ['NATIONAL_OFFICE']);
    const { version, enrollment } = await completedEnrollment(db, holder, { validMonths: 24 });
    const { id, code } = await issue(db, enrollment.id);

    const own = await listOwnCertificates({ actor: holder });
    expect(own).toEqual([expect.objectContaining({ id, code, courseTitle: version.title, version: version.version, state: 'valid' })]);
    expect(Object.keys(own[0]!).sort()).toEqual(['code', 'courseTitle', 'expiresAt', 'id', 'issuedAt', 'state', 'version']);
    expect((await listOwnCertificates({ actor: stranger })).map((c) => c.id)).not.toContain(id);
    await expect(listOwnCertificates({ actor: null })).rejects.toMatchObject({ code: 'UNAUTHENTICATED' });

    const file = await getCertificatePdf({ actor: holder, certificateId: id });
    expect(Buffer.from(file.bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(file.filename).toBe(`sajam-certificate-${code}.pdf`);
    expect(await audits(db, 'certificate.downloaded', id)).toBe(1);
    for (const actor of [stranger, null]) await expect(getCertificatePdf({ actor, certificateId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getCertificatePdf({ actor: holder, certificateId: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    // Through the route: private, an attachment with a Latin name; anyone else a 404 and nothing audited.
    const response = await download(id, holder);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="sajam-certificate-${code}.pdf"`);
    expect(
      Buffer.from(await response.arrayBuffer())
        .subarray(0, 5)
        .toString('latin1'),
    ).toBe('%PDF-');
    expect(await audits(db, 'certificate.downloaded', id)).toBe(2);
    expect((await download(id, stranger)).status).toBe(404);
    expect(await audits(db, 'certificate.downloaded', id)).toBe(2);

    // Revoked: no longer offered as a document.
    await revokeCertificate({ actor: stranger, certificateId: id, reason: 'دلیل آزمون' });
    await expect(getCertificatePdf({ actor: holder, certificateId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect((await listOwnCertificates({ actor: holder }))[0]).toMatchObject({ id, state: 'revoked' });
  });
});

describe('expiry reminders', () => {
  const reminders = (db: Db, id: string) =>
    db.notification.findMany({ where: { dedupeKey: { startsWith: `certificate-expiring:${id}:` } }, select: { dedupeKey: true, body: true } });

  it('tell the holder once 30 days before and once 7 days before, never a renewed or revoked certificate', async () => {
    const db = await seededDb();
    const holder = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const { course, enrollment } = await completedEnrollment(db, holder, { validMonths: 1 });
    const { id } = await issue(db, enrollment.id);
    const { expiresAt } = await db.certificate.findUniqueOrThrow({ where: { id } });

    expect(await reminders(db, id)).toEqual([]);
    await remindExpiringCertificates({ now: new Date(expiresAt.getTime() - 31 * DAY) });
    expect(await reminders(db, id)).toEqual([]);

    await remindExpiringCertificates({ now: new Date(expiresAt.getTime() - 20 * DAY) });
    await remindExpiringCertificates({ now: new Date(expiresAt.getTime() - 19 * DAY) });
    const first = await reminders(db, id);
    expect(first.map((n) => n.dedupeKey)).toEqual([`certificate-expiring:${id}:30:EMAIL`]);
    expect(first[0]!.body).toContain('دورهٔ پایهٔ دیده‌بانی');
    expect(first[0]!.body).toContain(formatDueDay(expiresAt, 'fa'));

    await remindExpiringCertificates({ now: new Date(expiresAt.getTime() - 5 * DAY) });
    await remindExpiringCertificates({ now: new Date(expiresAt.getTime() - 1 * DAY) });
    expect((await reminders(db, id)).map((n) => n.dedupeKey).sort()).toEqual([`certificate-expiring:${id}:30:EMAIL`, `certificate-expiring:${id}:7:EMAIL`]);
    // Expired: nothing more.
    await remindExpiringCertificates({ now: new Date(expiresAt.getTime() + DAY) });
    expect(await reminders(db, id)).toHaveLength(2);

    // Renewed (a later certificate of the same course): the old one is not reminded of.
    const renewedHolder = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const old = await issue(db, (await completedEnrollment(db, renewedHolder, { validMonths: 1, courseId: course.id })).enrollment.id);
    const oldExpiry = (await db.certificate.findUniqueOrThrow({ where: { id: old.id } })).expiresAt;
    await issue(db, (await completedEnrollment(db, renewedHolder, { validMonths: 12, courseId: course.id })).enrollment.id);
    await remindExpiringCertificates({ now: new Date(oldExpiry.getTime() - 5 * DAY) });
    expect(await reminders(db, old.id)).toEqual([]);

    // Revoked: nothing.
    const revokedHolder = await createActor(db, ['MEMBER'], { provinceId: TEHRAN });
    const gone = await issue(db, (await completedEnrollment(db, revokedHolder, { validMonths: 1 })).enrollment.id);
    await revokeCertificate({ actor: await createActor(db, ['NATIONAL_OFFICE']), certificateId: gone.id, reason: 'دلیل آزمون' });
    await remindExpiringCertificates({ now: new Date(Date.now() + 25 * DAY) });
    expect(await reminders(db, gone.id)).toEqual([]);
  });

  it('run daily as the job "certificate-reminders"', async () => {
    await seededDb();
    expect(JOBS['certificate-reminders'].everyMs).toBe(24 * 60 * 60_000);
    await expect(JOBS['certificate-reminders'].run()).resolves.toMatchObject({ queued: expect.any(Number) });
  });
});
