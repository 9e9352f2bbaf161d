// What a lesson's files may be, and how large: the one place these limits live (issue #18: "downloadable files
// and video"). The messages lessons.errors.size (fa, en) name the two caps in words: change them together.

const MB = 1024 * 1024;

export const LESSON_FILE_LIMITS = {
  /** A recorded session or a short film at a modest bitrate (about 40 minutes of 720p at 700 kbit/s). */
  videoBytes: 200 * MB,
  /** PDFs, images and audio. */
  otherBytes: 20 * MB,
  /** Longer names are cut (by code point) rather than refused: a name is only a label. */
  nameChars: 200,
} as const;

export type LessonFileKind = 'video' | 'audio' | 'image' | 'pdf';

/**
 * The types taken, by what the bytes say (file-type), never the name: each detected type and the type the file
 * is stored and served as. MP4 and M4V are one container; Ogg with Opus is still audio/ogg to a browser.
 */
export const LESSON_FILE_TYPES: Readonly<Record<string, { contentType: string; kind: LessonFileKind }>> = {
  'application/pdf': { contentType: 'application/pdf', kind: 'pdf' },
  'image/jpeg': { contentType: 'image/jpeg', kind: 'image' },
  'image/png': { contentType: 'image/png', kind: 'image' },
  'image/webp': { contentType: 'image/webp', kind: 'image' },
  'video/mp4': { contentType: 'video/mp4', kind: 'video' },
  'video/x-m4v': { contentType: 'video/mp4', kind: 'video' },
  'video/webm': { contentType: 'video/webm', kind: 'video' },
  'audio/mpeg': { contentType: 'audio/mpeg', kind: 'audio' },
  'audio/ogg': { contentType: 'audio/ogg', kind: 'audio' },
  'audio/ogg; codecs=opus': { contentType: 'audio/ogg', kind: 'audio' },
  'audio/mp4': { contentType: 'audio/mp4', kind: 'audio' },
  'audio/x-m4a': { contentType: 'audio/mp4', kind: 'audio' },
};

/** What a stored file is, from its content type: how the lesson page shows it and the route serves it. */
export function lessonFileKind(contentType: string): LessonFileKind | 'other' {
  return Object.values(LESSON_FILE_TYPES).find((t) => t.contentType === contentType)?.kind ?? 'other';
}

export const maxBytesOf = (kind: LessonFileKind) => (kind === 'video' ? LESSON_FILE_LIMITS.videoBytes : LESSON_FILE_LIMITS.otherBytes);

/** The download route of a lesson file (app/api/training/files/[id]/route.ts). */
export const lessonFileHref = (fileId: string) => `/api/training/files/${fileId}`;
