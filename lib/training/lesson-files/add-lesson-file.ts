import 'server-only';
import { randomUUID } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import { z } from 'zod';
import { RejectedFile, sanitizeFile } from '@/lib/attachments/sanitize';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getStorage } from '@/lib/storage';
import { normalizeText } from '@/lib/text/normalize';
import { mayWriteCourses, notApprovedToWrite } from '../training-access';
import { mayEditCourse } from './course-edit-access';
import { LESSON_FILE_LIMITS, LESSON_FILE_TYPES, maxBytesOf } from './lesson-file-types';

export type AddedLessonFile = { id: string; name: string; contentType: string; byteSize: number };

/**
 * Adds a file or a video to a lesson of a draft course version (issue #18): the type read from the bytes
 * (lesson-file-types.ts: PDF, JPEG/PNG/WebP, MP4/WebM, MP3/Ogg/M4A), at most 200 MB for a video and 20 MB for the
 * rest; PDFs and images cleaned as report attachments are (lib/attachments/sanitize.ts: no metadata, no PDF
 * scripts), video and audio stored as sent. Stored under lesson-files/<uuid>, then the LessonFile row and the
 * course's `course.saved` audit event in one transaction (the stored object is deleted again if it fails).
 *
 * Errors: NOT_FOUND when the lesson does not exist or `actor` may not edit its course (mayEditCourse);
 * CONFLICT when its version is published (field `file`: `published`); VALIDATION on field `file` with
 * `empty`, `type`, `size` or `damaged` (messages lessons.errors.*).
 */
export async function addLessonFile({ actor, lessonId, file }: { actor: Actor; lessonId: string; file: File }): Promise<AddedLessonFile> {
  if (!z.uuid().safeParse(lessonId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const lesson = await db.lesson.findUnique({
    where: { id: lessonId },
    select: { version: { select: { id: true, version: true, publishedAt: true, course: { select: { id: true, createdById: true, audience: true } } } } },
  });
  if (!lesson || !mayEditCourse(actor, lesson.version.course)) throw new AppError('NOT_FOUND');
  if (!(await mayWriteCourses(db, actor, new Date()))) throw notApprovedToWrite('file');
  if (lesson.version.publishedAt) throw published();

  if (file.size === 0) throw fileError('empty');
  // Refused before it is read into memory: nothing taken is larger than a video.
  if (file.size > LESSON_FILE_LIMITS.videoBytes) throw fileError('size');
  const { bytes, contentType } = await checkedBytes(new Uint8Array(await file.arrayBuffer()));

  const storageKey = `lesson-files/${randomUUID()}`;
  await getStorage().put(storageKey, bytes, contentType);
  try {
    return await db.$transaction(async (tx) => {
      // Locks the version against a publish running now: a file is added to a draft, or not at all.
      const [version] = await tx.$queryRaw<{ publishedAt: Date | null }[]>`
        SELECT "publishedAt" FROM "CourseVersion" WHERE id = ${lesson.version.id}::uuid FOR UPDATE`;
      if (!version || version.publishedAt) throw published();
      const row = await tx.lessonFile.create({
        data: { lessonId, storageKey, name: fileName(file.name), contentType, byteSize: bytes.byteLength },
        select: { id: true, name: true, contentType: true, byteSize: true },
      });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'course.saved',
        objectType: 'course',
        objectId: lesson.version.course.id,
        meta: { versionId: lesson.version.id, version: lesson.version.version, created: false, newDraft: false },
      });
      return row;
    });
  } catch (error) {
    await getStorage()
      .delete(storageKey)
      .catch(() => undefined);
    throw error;
  }
}

/** The bytes to keep and their type: PDFs and images through the attachments' cleaner, media as they are. */
async function checkedBytes(bytes: Uint8Array): Promise<{ bytes: Uint8Array; contentType: string }> {
  const detected = (await fileTypeFromBuffer(bytes))?.mime;
  const type = detected ? LESSON_FILE_TYPES[detected] : undefined;
  if (!type) throw fileError('type');
  if (bytes.byteLength > maxBytesOf(type.kind)) throw fileError('size');
  if (type.kind === 'video' || type.kind === 'audio') return { bytes, contentType: type.contentType };
  try {
    const clean = await sanitizeFile(bytes, { maxBytes: maxBytesOf(type.kind) });
    return { bytes: clean.bytes, contentType: clean.mimeType };
  } catch (error) {
    if (error instanceof RejectedFile) throw fileError(error.reason === 'pixels' ? 'size' : error.reason);
    throw error;
  }
}

/** The name the learner sees: the last part of what the browser sent, normalised, cut to the limit. */
function fileName(raw: string): string {
  const base = normalizeText(raw.split(/[\\/]/).pop() ?? '').trim();
  return Array.from(base || 'file')
    .slice(0, LESSON_FILE_LIMITS.nameChars)
    .join('');
}

const fileError = (reason: 'empty' | 'type' | 'size' | 'damaged') => new AppError('VALIDATION', `lesson file ${reason}`, { fieldErrors: { file: [reason] } });

const published = () => new AppError('CONFLICT', 'course version is published', { fieldErrors: { file: ['published'] } });
