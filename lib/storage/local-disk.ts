import { createReadStream } from 'node:fs';
import { mkdir, open, readFile, readdir, rm, stat, writeFile, rename } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { isSafeKey, isStorableKey, type ByteSpan, type ObjectStorage, type StoredObject } from './storage';

/** Files in one folder, written atomically (temp file + rename) so a crash never leaves half a file under a real key. */
export class LocalDiskStorage implements ObjectStorage {
  constructor(private readonly dir: string) {}

  private file(key: string): string {
    if (!isStorableKey(key)) throw new Error('invalid storage key');
    return path.join(this.dir, key);
  }

  async put(key: string, bytes: Uint8Array): Promise<void> {
    const target = this.file(key);
    await mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.part`;
    await writeFile(temp, bytes, { mode: 0o600 });
    await rename(temp, target);
  }

  async get(key: string): Promise<Uint8Array | null> {
    return readFile(this.file(key)).catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(e)));
  }

  async stream(key: string, span?: ByteSpan): Promise<ReadableStream<Uint8Array> | null> {
    // Opened first, so a missing file is null here rather than an error in the middle of a response.
    const handle = await open(this.file(key), 'r').catch((e: NodeJS.ErrnoException) => (e.code === 'ENOENT' ? null : Promise.reject(e)));
    if (!handle) return null;
    const stream = createReadStream('', { fd: handle, start: span?.start, end: span?.end });
    return Readable.toWeb(stream) as ReadableStream<Uint8Array>;
  }

  async delete(key: string): Promise<void> {
    await rm(this.file(key), { force: true });
  }

  async *list(): AsyncIterable<StoredObject> {
    const names = await readdir(this.dir).catch(() => [] as string[]);
    for (const name of names) {
      if (!isSafeKey(name)) continue;
      const info = await stat(path.join(this.dir, name)).catch(() => null);
      if (info) yield { key: name, modifiedAt: info.mtime };
    }
  }
}
