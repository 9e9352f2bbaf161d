// Where attachment bytes live. Keys are random ids chosen by the app, never a user's file name.
export type StoredObject = { key: string; modifiedAt: Date };

export interface ObjectStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  get(key: string): Promise<Uint8Array | null>;
  delete(key: string): Promise<void>;
  list(): AsyncIterable<StoredObject>;
}

export const isSafeKey = (key: string) => /^[a-z0-9][a-z0-9-]{15,80}$/.test(key);
