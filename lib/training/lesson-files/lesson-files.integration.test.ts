// Lesson files (issue #18): who may add, remove and read them, and the download route's answers to range requests
// on a real stored file.
import { NextRequest } from 'next/server';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/training/files/[id]/route';
import { pdfWithScripts } from '@/lib/attachments/pdf-fixtures';
import type { Actor } from '@/lib/authz';
import type { Db } from '@/lib/db/client';
import { getStorage } from '@/lib/storage';
import { sessionCookie } from '@/lib/testing/call-action';
import { createTestCourse } from '@/lib/testing/course-fixtures';
import { seededDb } from '@/lib/testing/db';
import { inRequestScope } from '@/lib/testing/next-request-scope';
import { createActor } from '@/lib/testing/reports';
import { addLessonFile } from './add-lesson-file';
import { getLessonFile } from './get-lesson-file';
import { removeLessonFile } from './remove-lesson-file';
import { createApprovedTrainer } from '@/lib/testing/training-groups';

/** An MP4 as file-type reads it (an `ftyp` box) followed by 300 KB of a counting pattern, so spans are checkable. */
function mp4Bytes(): Uint8Array {
  const head = Buffer.from([0, 0, 0, 0x18, ...Buffer.from('ftypisom'), 0, 0, 2, 0, ...Buffer.from('isomiso2')]);
  const body = Buffer.alloc(300_000);
  for (let i = 0; i < body.length; i++) body[i] = i % 251;
  return new Uint8Array(Buffer.concat([head, body]));
}

const fileOf = (bytes: Uint8Array, name: string) => new File([Buffer.from(bytes)], name);

async function download(id: string, as: Actor | null, headers: Record<string, string> = {}) {
  const all = { ...headers, ...(as ? { cookie: await sessionCookie({ id: as.id, name: as.name, roles: [...as.roles] }) } : {}) };
  const request = new NextRequest(`http://localhost/api/training/files/${id}`, { headers: all });
  return inRequestScope(request, () => GET(request, { params: Promise.resolve({ id }) }));
}

let db: Db;
let national: Actor, nationalTrainer: Actor, trainer: Actor, otherTrainer: Actor, member: Actor, coreHead: Actor, staff: Actor, liaison: Actor;

beforeAll(async () => {
  db = await seededDb();
  [national, nationalTrainer, trainer, otherTrainer, member, coreHead, staff, liaison] = await Promise.all([
    createActor(db, ['NATIONAL_OFFICE']),
    // Trainers' courses are a national trainer's to write (training-access.ts mayWriteAudience).
    createActor(db, ['TRAINER']),
    createApprovedTrainer(db, 6),
    createApprovedTrainer(db, 6),
    createActor(db, ['MEMBER']),
    createActor(db, ['CORE_HEAD']),
    createActor(db, ['PROVINCE_STAFF'], { provinceId: 6 }),
    createActor(db, ['AGENCY_LIAISON']),
  ]);
});

describe('adding and removing lesson files', () => {
  it('lets a trainer add to their own draft, stores the type the bytes say, audits, and the national office too; another trainer gets NOT_FOUND', async () => {
    const { lesson, course, version } = await createTestCourse(db, { createdById: trainer.id, published: false });
    const added = await addLessonFile({ actor: trainer, lessonId: lesson.id, file: fileOf(mp4Bytes(), 'C:\\Users\\x\\جلسه اول.mp4') });
    expect(added).toMatchObject({ name: 'جلسه اول.mp4', contentType: 'video/mp4', byteSize: mp4Bytes().byteLength });
    const row = await db.lessonFile.findUniqueOrThrow({ where: { id: added.id } });
    expect(row.storageKey).toMatch(/^lesson-files\/[0-9a-f-]{36}$/);
    expect(await db.auditEvent.count({ where: { action: 'course.saved', objectId: course.id, actorId: trainer.id } })).toBe(1);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'course.saved', objectId: course.id } });
    expect(audit.meta).toEqual({ versionId: version.id, version: 1, created: false, newDraft: false });

    await expect(addLessonFile({ actor: national, lessonId: lesson.id, file: fileOf(mp4Bytes(), 'b.mp4') })).resolves.toMatchObject({
      contentType: 'video/mp4',
    });
    for (const actor of [otherTrainer, member, staff])
      await expect(addLessonFile({ actor, lessonId: lesson.id, file: fileOf(mp4Bytes(), 'c.mp4') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(addLessonFile({ actor: trainer, lessonId: 'not-a-uuid', file: fileOf(mp4Bytes(), 'c.mp4') })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(await db.lessonFile.count({ where: { lessonId: lesson.id } })).toBe(2);
  });

  it('refuses a published version (CONFLICT) and files of the wrong type or empty, storing nothing', async () => {
    const published = await createTestCourse(db, { createdById: trainer.id, published: true });
    await expect(addLessonFile({ actor: trainer, lessonId: published.lesson.id, file: fileOf(mp4Bytes(), 'a.mp4') })).rejects.toMatchObject({
      code: 'CONFLICT',
      fieldErrors: { file: ['published'] },
    });
    const draft = await createTestCourse(db, { createdById: trainer.id, published: false });
    const html = new TextEncoder().encode('<html><script>alert(1)</script></html>');
    await expect(addLessonFile({ actor: trainer, lessonId: draft.lesson.id, file: fileOf(html, 'video.mp4') })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { file: ['type'] },
    });
    await expect(addLessonFile({ actor: trainer, lessonId: draft.lesson.id, file: fileOf(new Uint8Array(), 'x.pdf') })).rejects.toMatchObject({
      fieldErrors: { file: ['empty'] },
    });
    expect(await db.lessonFile.count({ where: { lessonId: { in: [draft.lesson.id, published.lesson.id] } } })).toBe(0);
  });

  it('cleans a PDF (no scripts left) and re-encodes an image', async () => {
    const { lesson } = await createTestCourse(db, { createdById: trainer.id, published: false });
    const pdf = await addLessonFile({ actor: trainer, lessonId: lesson.id, file: fileOf(await pdfWithScripts(), 'guide.pdf') });
    expect(pdf.contentType).toBe('application/pdf');
    const stored = await getStorage().get((await db.lessonFile.findUniqueOrThrow({ where: { id: pdf.id } })).storageKey);
    expect(Buffer.from(stored!).toString('latin1')).not.toMatch(/JavaScript|OpenAction/);
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#3a6' } })
      .png()
      .toBuffer();
    await expect(addLessonFile({ actor: trainer, lessonId: lesson.id, file: fileOf(new Uint8Array(png), 'map.png') })).resolves.toMatchObject({
      contentType: 'image/png',
    });
  });

  it('removes a file from a draft, keeping the stored object while another version still names it', async () => {
    const { lesson } = await createTestCourse(db, { createdById: trainer.id, published: false });
    const added = await addLessonFile({ actor: trainer, lessonId: lesson.id, file: fileOf(mp4Bytes(), 'a.mp4') });
    const { storageKey } = await db.lessonFile.findUniqueOrThrow({ where: { id: added.id } });
    // A second draft lesson pointing at the same object, as a new version's copy does.
    const copy = await db.lessonFile.create({ data: { lessonId: lesson.id, storageKey, name: 'a.mp4', contentType: 'video/mp4', byteSize: 1 } });

    await expect(removeLessonFile({ actor: otherTrainer, fileId: added.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await removeLessonFile({ actor: trainer, fileId: added.id });
    expect(await db.lessonFile.findUnique({ where: { id: added.id } })).toBeNull();
    expect(await getStorage().get(storageKey)).not.toBeNull();
    await expect(removeLessonFile({ actor: trainer, fileId: added.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    await removeLessonFile({ actor: national, fileId: copy.id });
    expect(await getStorage().get(storageKey)).toBeNull();
  });

  it('refuses to remove a file of a published version', async () => {
    const { lesson, version } = await createTestCourse(db, { createdById: trainer.id, published: false });
    const added = await addLessonFile({ actor: trainer, lessonId: lesson.id, file: fileOf(mp4Bytes(), 'a.mp4') });
    await db.courseVersion.update({ where: { id: version.id }, data: { publishedAt: new Date(), draftKey: null } });
    await expect(removeLessonFile({ actor: trainer, fileId: added.id })).rejects.toMatchObject({ code: 'CONFLICT' });
  });
});

describe('who reads a lesson file', () => {
  async function fileIn(audience: 'MEMBER' | 'CORE_HEAD' | 'TRAINER', published: boolean) {
    const author = audience === 'TRAINER' ? nationalTrainer : trainer;
    const { lesson, version } = await createTestCourse(db, { audience, createdById: author.id, published: false });
    const added = await addLessonFile({ actor: author, lessonId: lesson.id, file: fileOf(mp4Bytes(), 'a.mp4') });
    if (published) await db.courseVersion.update({ where: { id: version.id }, data: { publishedAt: new Date(), draftKey: null } });
    return added.id;
  }
  const reads = async (actor: Actor | null, fileId: string) =>
    getLessonFile({ actor, fileId }).then(
      () => true,
      (e: { code?: string }) => (e.code === 'NOT_FOUND' ? false : Promise.reject(e)),
    );

  it('a published members’ course: every learner, trainer and staff; not an agency liaison nor the signed-out', async () => {
    const id = await fileIn('MEMBER', true);
    for (const actor of [member, coreHead, trainer, otherTrainer, staff, national]) expect(await reads(actor, id)).toBe(true);
    for (const actor of [liaison, null]) expect(await reads(actor, id)).toBe(false);
  });

  it('a published core heads’ course: not members', async () => {
    const id = await fileIn('CORE_HEAD', true);
    for (const actor of [coreHead, otherTrainer, staff, national]) expect(await reads(actor, id)).toBe(true);
    for (const actor of [member, liaison]) expect(await reads(actor, id)).toBe(false);
  });

  it('a published trainers’ course: trainers and staff only', async () => {
    const id = await fileIn('TRAINER', true);
    for (const actor of [otherTrainer, staff, national]) expect(await reads(actor, id)).toBe(true);
    for (const actor of [member, coreHead]) expect(await reads(actor, id)).toBe(false);
  });

  it('a draft: only its editors', async () => {
    const id = await fileIn('MEMBER', false);
    for (const actor of [trainer, national]) expect(await reads(actor, id)).toBe(true);
    for (const actor of [otherTrainer, member, staff, coreHead]) expect(await reads(actor, id)).toBe(false);
    expect(await reads(member, '00000000-0000-4000-8000-000000000000')).toBe(false);
    expect(await reads(member, 'nope')).toBe(false);
  });
});

describe('GET /api/training/files/[id]', () => {
  it('answers whole, one range, 416 past the end and 304 for a held copy, with the headers of a private inline video', async () => {
    const { lesson, version } = await createTestCourse(db, { createdById: trainer.id, published: false });
    const bytes = mp4Bytes();
    const { id } = await addLessonFile({ actor: trainer, lessonId: lesson.id, file: fileOf(bytes, 'درس ۱.mp4') });
    await db.courseVersion.update({ where: { id: version.id }, data: { publishedAt: new Date(), draftKey: null } });

    const full = await download(id, member);
    expect(full.status).toBe(200);
    expect(Object.fromEntries(full.headers)).toMatchObject({
      'content-type': 'video/mp4',
      'content-length': String(bytes.byteLength),
      'accept-ranges': 'bytes',
      'cache-control': 'private',
      'x-content-type-options': 'nosniff',
      'content-disposition': `inline; filename="___ _.mp4"; filename*=UTF-8''${encodeURIComponent('درس ۱.mp4')}`,
    });
    expect(full.headers.get('content-security-policy')).toContain('sandbox');
    const etag = full.headers.get('etag')!;
    expect(etag).toMatch(/^"[\w-]{27}"$/);
    expect(Buffer.from(await full.arrayBuffer()).equals(Buffer.from(bytes))).toBe(true);

    const part = await download(id, member, { range: 'bytes=1000-1999' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${bytes.byteLength}`);
    expect(part.headers.get('content-length')).toBe('1000');
    expect(Buffer.from(await part.arrayBuffer()).equals(Buffer.from(bytes.subarray(1000, 2000)))).toBe(true);

    const tail = await download(id, member, { range: 'bytes=-10' });
    expect(tail.status).toBe(206);
    expect(Buffer.from(await tail.arrayBuffer()).equals(Buffer.from(bytes.subarray(bytes.byteLength - 10)))).toBe(true);

    const resumed = await download(id, member, { range: `bytes=${bytes.byteLength - 5}-`, 'if-range': etag });
    expect(resumed.status).toBe(206);
    expect((await resumed.arrayBuffer()).byteLength).toBe(5);

    const past = await download(id, member, { range: `bytes=${bytes.byteLength}-` });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe(`bytes */${bytes.byteLength}`);

    expect((await download(id, member, { 'if-none-match': etag })).status).toBe(304);
  });

  it('answers 404 to the signed-out, to someone outside the audience, and to an unknown id', async () => {
    const { lesson } = await createTestCourse(db, { audience: 'TRAINER', createdById: nationalTrainer.id, published: false });
    const { id } = await addLessonFile({ actor: nationalTrainer, lessonId: lesson.id, file: fileOf(mp4Bytes(), 'a.mp4') });
    expect((await download(id, null)).status).toBe(404);
    expect((await download(id, member)).status).toBe(404);
    expect((await download(id, trainer)).status).toBe(404); // a draft: its editors only
    expect((await download('00000000-0000-4000-8000-000000000000', nationalTrainer)).status).toBe(404);
    expect((await download(id, nationalTrainer, { range: 'bytes=0-0' })).status).toBe(206);
  });
});
