// One projection per kind of viewer (issue #9): each test lists every field a viewer receives and
// fails when a field is added to a projection without adding it here (an allow-list, not a deny-list).
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { readAttachment } from '@/lib/attachments/read-attachment';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore, expectViewer, reportInput } from '@/lib/testing/reports';
import { transitionReport } from '@/lib/workflow/transition-report';
import { getReferralForAgency } from '@/lib/agencies/get-referral';
import { getReportForReview } from './get-report-for-review';
import { replyAsReporter } from './reply-as-reporter';
import { viewerOf } from './report-views';
import { submitReport } from './submit-report';
import { trackReport } from './track-report';

/** Every field path in a value: `a.b`, arrays as `a[].b`; dates and primitives are leaves. */
function fieldPaths(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length ? [...new Set(value.flatMap((v) => fieldPaths(v, `${prefix}[]`)))] : [`${prefix}[]`];
  if (value === null || typeof value !== 'object' || value instanceof Date) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => fieldPaths(v, prefix ? `${prefix}.${k}` : k));
}
const sorted = (paths: string[]) => [...new Set(paths)].sort();

const AUTHOR_FIELDS = [
  'viewer',
  'kind',
  'status',
  'submittedAt',
  'category.name',
  'category.nameEn',
  'topic',
  'province.name',
  'province.nameEn',
  'county',
  'placeDescription',
  'incidentDate',
  'description',
  'attachments[].id',
  'attachments[].mimeType',
  'attachments[].size',
  'contact.fromMember',
  'contact.wantsContact',
  'contact.hideIdentity',
  'timeline[].status',
  'timeline[].at',
  'timeline[].publicNote',
  'messages[].id',
  'messages[].author',
  'messages[].body',
  'messages[].at',
  'messages[].attachments[]',
  'messages[].attachments[].id',
  'messages[].attachments[].mimeType',
  'agencyAnswer',
  'referredTo[].name',
  'referredTo[].nameEn',
  'statusMessages',
  'statusMobilePending',
  'duplicateOf',
  'nextSteps[].step',
  'nextSteps[].days',
  'nextSteps[].current',
  'canReply',
  'canWithdraw',
  'awaitingAnswer',
  'canRate',
  'followUp[].agency.name',
  'followUp[].agency.nameEn',
  'followUp[].steps[].at',
  'followUp[].steps[].kind',
  'rating',
  'publishedOutcome',
];

const AGENCY_FIELDS = [
  'viewer',
  'id',
  'caseNumber',
  'kind',
  'status',
  'version',
  'submittedAt',
  'description',
  'placeDescription',
  'incidentDate',
  'category.name',
  'category.nameEn',
  'topic',
  'province.name',
  'province.nameEn',
  'county',
  'attachments[].id',
  'attachments[].mimeType',
  'attachments[].size',
  'categorySlug',
  'referral.id',
  'referral.status',
  'referral.version',
  'referral.coveringNote',
  'referral.referredAt',
  'referral.acknowledgeDueAt',
  'referral.answerDueAt',
  'referral.acknowledgedAt',
  'referral.respondedAt',
  'referral.acceptedAt',
  'referral.updatedAt',
  'referral.response',
  'referral.agencyOutcome',
  'referral.resolution',
  'referral.history[].id',
  'referral.history[].kind',
  'referral.history[].note',
  'referral.history[].agencyStatus',
  'referral.history[].at',
  'referral.history[].attachments[]',
  'actions[].action',
  'actions[].requires[]',
];

const REVIEWER_TOP_LEVEL = [
  'viewer',
  'id',
  'caseNumber',
  'kind',
  'status',
  'version',
  'submittedAt',
  'description',
  'placeDescription',
  'incidentDate',
  'stageDeadlineAt',
  'escalatedAt',
  'resolution',
  'hideIdentity',
  'category',
  'topic',
  'province',
  'county',
  'core',
  'assignee',
  'assignedAt',
  'duplicateOf',
  'duplicates',
  'attachments',
  'approvals',
  'messages',
  'referrals',
  'publicSummary',
  'publishedOutcome',
  'submittedByMember',
  'wantsContact',
  'identityRevealable',
  'actions',
  'appealOpen',
  'rating',
  'referralActions',
  'agencies',
  'assignable',
  'similar',
];
const REVIEWER_STEP_FIELDS = ['id', 'decision', 'toStatus', 'createdAt', 'publicNote', 'internalNote', 'actorName'];

async function image(): Promise<File> {
  const bytes = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#3355aa' } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(bytes)], 'photo.png', { type: 'image/png' });
}

/** A member report taken through the whole chain to an agency, with notes and a reporter's reply with a photo. */
async function referredMemberReport() {
  const db = await seededDb();
  const mark = uniqueSuffix();
  const core = await createCore(db, 7);
  const member = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: 7 });
  const head = await createActor(db, ['CORE_HEAD', 'MEMBER'], { coreId: core.id, provinceId: 7 });
  const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 7 });
  const national = await createActor(db, ['NATIONAL_OFFICE']);
  const agencyRow = await db.agency.findFirstOrThrow({ where: { active: true }, orderBy: { slug: 'asc' } });
  const agency = await createActor(db, ['AGENCY_LIAISON'], { agencyId: agencyRow.id });
  const otherAgency = await createActor(db, ['AGENCY_LIAISON'], { agencyId: (await db.agency.findFirstOrThrow({ where: { id: { not: agencyRow.id } } })).id });

  const rateKey = `views-${mark}`;
  const { reportId, trackingCode } = await submitReport({
    actor: member,
    input: reportInput({ placeDescription: `خیابان ${mark}` }),
    files: [await image()],
    rateKey,
  });
  await transitionReport({
    actor: head,
    reportId,
    action: 'requestInfo',
    version: 1,
    publicNote: `PUBLIC-QUESTION-${mark}`,
    internalNote: `INTERNAL-HEAD-${mark}`,
  });
  await replyAsReporter({ code: trackingCode, body: `REPORTER-REPLY-${mark}`, files: [await image()], rateKey });
  await transitionReport({ actor: head, reportId, action: 'approve', version: 3, publicNote: `PUBLIC-HEAD-${mark}`, internalNote: `INTERNAL-HEAD2-${mark}` });
  await transitionReport({ actor: staff, reportId, action: 'approve', version: 4, internalNote: `INTERNAL-PROVINCE-${mark}` });
  await transitionReport({ actor: national, reportId, action: 'approve', version: 5, internalNote: `INTERNAL-NATIONAL-${mark}` });
  await transitionReport({
    actor: national,
    reportId,
    action: 'refer',
    version: 6,
    agencyIds: [agencyRow.id],
    publicNote: `REFER-PUBLIC-${mark}`,
    coveringNote: `REFER-NOTE-${mark}`,
    internalNote: `INTERNAL-REFER-${mark}`,
    confirmed: true,
  });
  const attachments = await db.attachment.findMany({ where: { reportId }, select: { id: true, messageId: true } });
  return { db, mark, reportId, trackingCode, member, head, staff, national, agency, otherAgency, attachments, reviewers: [head, staff, national] };
}

describe('report projections', () => {
  it('gives each kind of viewer exactly its allow-listed fields, and internal notes and reviewer names only to reviewers', async () => {
    const c = await referredMemberReport();
    const internal = [
      `INTERNAL-HEAD-${c.mark}`,
      `INTERNAL-HEAD2-${c.mark}`,
      `INTERNAL-PROVINCE-${c.mark}`,
      `INTERNAL-NATIONAL-${c.mark}`,
      `INTERNAL-REFER-${c.mark}`,
    ];
    const reviewerNames = c.reviewers.map((r) => r.name);

    // Reviewer: everything but identity.
    for (const reviewer of [c.staff, c.national]) {
      const page = expectViewer(await getReportForReview({ actor: reviewer, reportId: c.reportId }), 'reviewer');
      expect(Object.keys(page).sort()).toEqual([...REVIEWER_TOP_LEVEL].sort());
      expect(Object.keys(page.approvals[0]!).sort()).toEqual([...REVIEWER_STEP_FIELDS].sort());
      const json = JSON.stringify(page);
      for (const note of internal) expect(json).toContain(note);
      expect(page.approvals.map((a) => a.actorName)).toContain(c.head.name);
      expect(json).not.toContain(c.member.name);
      expect(json).not.toContain(c.trackingCode);
    }

    // Agency: the referral's facts only (on /reports/<id> it is sent to its referral in the portal).
    const { referralId } = expectViewer(await getReportForReview({ actor: c.agency, reportId: c.reportId }), 'agency');
    const seenByAgency = await getReferralForAgency({ actor: c.agency, referralId });
    expect(sorted(fieldPaths(seenByAgency))).toEqual(sorted(AGENCY_FIELDS));
    expect(seenByAgency.referral.coveringNote).toBe(`REFER-NOTE-${c.mark}`);
    expect(seenByAgency.actions.map((a) => a.action)).toEqual(['acknowledge', 'progress', 'requestClarification', 'respond', 'decline']);
    const agencyJson = JSON.stringify(seenByAgency);
    for (const hidden of [
      ...internal,
      ...reviewerNames,
      c.member.name,
      `REPORTER-REPLY-${c.mark}`,
      `PUBLIC-QUESTION-${c.mark}`,
      `PUBLIC-HEAD-${c.mark}`,
      `REFER-PUBLIC-${c.mark}`,
    ])
      expect(agencyJson).not.toContain(hidden);
    expect(seenByAgency.attachments).toHaveLength(1);

    // Author, in their account and by code: the same projection.
    const own = expectViewer(await getReportForReview({ actor: c.member, reportId: c.reportId }), 'author');
    expect(sorted(fieldPaths(own))).toEqual(sorted(AUTHOR_FIELDS));
    const byCode = await trackReport({ code: c.trackingCode, rateKey: `views-track-${c.mark}` });
    expect(byCode).toEqual(own);
    const authorJson = JSON.stringify(own);
    expect(authorJson).toContain(`PUBLIC-HEAD-${c.mark}`);
    expect(authorJson).toContain(`REPORTER-REPLY-${c.mark}`);
    for (const hidden of [...internal, ...reviewerNames]) expect(authorJson).not.toContain(hidden);

    // Another agency, and a reviewer out of scope, see nothing: the report does not exist for them.
    await expect(getReportForReview({ actor: c.otherAgency, reportId: c.reportId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const elsewhere = await createActor(c.db, ['PROVINCE_STAFF'], { provinceId: 8 });
    await expect(getReportForReview({ actor: elsewhere, reportId: c.reportId })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it("lets the agency download the report's own attachment, never the one sent in the reporter's thread", async () => {
    const c = await referredMemberReport();
    const own = c.attachments.find((a) => a.messageId === null)!;
    const fromThread = c.attachments.find((a) => a.messageId !== null)!;
    await expect(readAttachment({ actor: c.agency, attachmentId: own.id })).resolves.toMatchObject({ mimeType: 'image/png' });
    await expect(readAttachment({ actor: c.agency, attachmentId: fromThread.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(readAttachment({ actor: c.otherAgency, attachmentId: own.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    for (const viewer of [c.staff, c.member])
      await expect(readAttachment({ actor: viewer, attachmentId: fromThread.id })).resolves.toMatchObject({ mimeType: 'image/png' });
  });

  it('decides the viewer kind: the author stays the author whatever roles they hold', () => {
    const report = { provinceId: 7, coreId: 'core-1', submitterId: 'head-1', agencyIds: ['agency-1'] };
    const actor = (id: string, roles: Parameters<typeof viewerOf>[0]['roles'], scope: Partial<Parameters<typeof viewerOf>[0]> = {}) => ({
      id,
      name: id,
      roles,
      provinceId: null,
      coreId: null,
      agencyId: null,
      ...scope,
    });
    expect(viewerOf(actor('head-1', ['CORE_HEAD', 'MEMBER'], { coreId: 'core-1' }), report)).toBe('author');
    expect(viewerOf(actor('head-2', ['CORE_HEAD'], { coreId: 'core-1' }), report)).toBe('reviewer');
    expect(viewerOf(actor('liaison', ['AGENCY_LIAISON'], { agencyId: 'agency-1' }), report)).toBe('agency');
    expect(viewerOf(actor('both', ['AGENCY_LIAISON', 'PROVINCE_STAFF'], { agencyId: 'agency-1', provinceId: 7 }), report)).toBe('reviewer');
    expect(viewerOf(actor('member', ['MEMBER'], { coreId: 'core-1' }), report)).toBeNull();
    expect(viewerOf(actor('liaison-2', ['AGENCY_LIAISON'], { agencyId: 'agency-2' }), report)).toBeNull();
  });
});
