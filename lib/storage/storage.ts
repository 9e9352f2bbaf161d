// Where attachment bytes live. Keys are random ids chosen by the app, never a user's file name.
export type StoredObject = { key: string; modifiedAt: Date };

export interface ObjectStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
  list(): AsyncIterable<StoredObject>;
}

/** An attachment's key: a random id. `list()` yields only these (what the orphan cleanup may delete). */
export const isSafeKey = (key: string) => /^[a-z0-9][a-z0-9-]{15,80}$/.test(key);

/** An annual report's PDF (issue #17): annual-reports/<uuid>.pdf. Never listed, so the orphan-upload cleanup never sees it. */
export const isAnnualReportKey = (key: string) => /^annual-reports\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.pdf$/.test(key);

/** Any key the store reads or writes: nothing else, so no caller's string can reach outside the store. */
export const isStorableKey = (key: string) => isSafeKey(key) || isAnnualReportKey(key);
