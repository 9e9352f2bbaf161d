import 'server-only';
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Actor, Role } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { CourseAudience } from '@/lib/generated/prisma/client';
import { getStorage } from '@/lib/storage';
import type { ByteSpan } from '@/lib/storage/storage';
import { mayEditCourse } from './course-edit-access';

export type LessonFileForDownload = {
  name: string;
  contentType: string;
  /** Bytes. */
  byteSize: number;
  /** A strong, quoted validator: a stored object never changes under its key. */
  etag: string;
  /** The bytes, whole or one span; NOT_FOUND if the stored object is missing. */
  open: (span?: ByteSpan) => Promise<ReadableStream<Uint8Array>>;
};

const STAFF: readonly Role[] = ['PROVINCE_STAFF', 'NATIONAL_OFFICE'];

/**
 * Who may read a published course's files, by its audience (issue #18): a members' course every role that learns,
 * oversees or edits training ('training:learn', 'training:oversee', 'course:edit' in lib/authz/can.ts); a core
 * heads' course core heads, trainers and staff; a trainers' course trainers and staff.
 */
const READERS: Record<CourseAudience, readonly Role[]> = {
  MEMBER: ['MEMBER', 'CORE_HEAD', 'TRAINER', ...STAFF],
  CORE_HEAD: ['CORE_HEAD', 'TRAINER', ...STAFF],
  TRAINER: ['TRAINER', ...STAFF],
};

/**
 * A lesson file for download by `actor`: a published version's to the readers of its course's audience
 * (READERS), a draft's only to those who may edit its course (mayEditCourse). Anyone else, the signed-out,
 * a malformed id and a missing file get NOT_FOUND.
 */
export async function getLessonFile({ actor, fileId }: { actor: Actor | null; fileId: string }): Promise<LessonFileForDownload> {
  if (!actor || !z.uuid().safeParse(fileId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const file = await db.lessonFile.findUnique({
    where: { id: fileId },
    select: {
      name: true,
      contentType: true,
      byteSize: true,
      storageKey: true,
      lesson: { select: { version: { select: { publishedAt: true, course: { select: { audience: true, createdById: true } } } } } },
    },
  });
  if (!file) throw new AppError('NOT_FOUND');
  const { publishedAt, course } = file.lesson.version;
  const reads = publishedAt ? actor.roles.some((role) => READERS[course.audience].includes(role)) : mayEditCourse(actor, course);
  if (!reads) throw new AppError('NOT_FOUND');
  const { storageKey } = file;
  return {
    name: file.name,
    contentType: file.contentType,
    byteSize: file.byteSize,
    // Not the key itself: it stays a storage detail.
    etag: `"${createHash('sha256').update(storageKey).digest('base64url').slice(0, 27)}"`,
    open: async (span) => {
      const stream = await getStorage().stream(storageKey, span);
      if (!stream) throw new AppError('NOT_FOUND');
      return stream;
    },
  };
}
