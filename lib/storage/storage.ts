// Where attachment bytes live. Keys are random ids chosen by the app, never a user's file name.
export type StoredObject = { key: string; modifiedAt: Date };

/** Bytes `start` to `end` of an object, both included (an HTTP byte range, RFC 9110 §14.1.2). */
export type ByteSpan = { start: number; end: number };

export interface ObjectStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  /** The object, or one span of it, as a stream (a lesson's video is not read into memory whole); null when absent. */
  stream(key: string, span?: ByteSpan): Promise<ReadableStream<Uint8Array> | null>;
  delete(key: string): Promise<void>;
  list(): AsyncIterable<StoredObject>;
}

/** An attachment's key: a random id. `list()` yields only these (what the orphan cleanup may delete). */
export const isSafeKey = (key: string) => /^[a-z0-9][a-z0-9-]{15,80}$/.test(key);

/** An annual report's PDF (issue #17): annual-reports/<uuid>.pdf. Never listed, so the orphan-upload cleanup never sees it. */
export const isAnnualReportKey = (key: string) => /^annual-reports\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/.test(key);

/**
 * A lesson's file or video (issue #18): lesson-files/<uuid>. Never listed, so the orphan-upload cleanup (which
 * knows only attachments) never deletes it; a lesson file is removed with its last LessonFile row.
 */
export const isLessonFileKey = (key: string) => /^lesson-files\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(key);

/** Any key the store reads or writes: nothing else, so no caller's string can reach outside the store. */
export const isStorableKey = (key: string) => isSafeKey(key) || isAnnualReportKey(key) || isLessonFileKey(key);
