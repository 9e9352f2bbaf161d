import { mkdtemp, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LocalDiskStorage } from './local-disk';
import { S3Storage } from './s3';
import type { ObjectStorage } from './storage';

const KEY = 'a1b2c3d4e5f6a7b8c9d0e1f2';
const REPORT_KEY = 'annual-reports/0b6f4a52-3c1d-4e8f-9a7b-2d5c6e7f8a90.pdf';
const LESSON_KEY = 'lesson-files/0b6f4a52-3c1d-4e8f-9a7b-2d5c6e7f8a90';

const readAll = async (stream: ReadableStream<Uint8Array> | null) => (stream ? Array.from(new Uint8Array(await new Response(stream).arrayBuffer())) : null);

async function roundTrip(storage: ObjectStorage) {
  await storage.put(KEY, new Uint8Array([1, 2, 3]), 'image/jpeg');
  expect(Array.from((await storage.get(KEY))!)).toEqual([1, 2, 3]);
  const listed = [];
  for await (const o of storage.list()) listed.push(o.key);
  expect(listed).toContain(KEY);
  await storage.delete(KEY);
  expect(await storage.get(KEY)).toBeNull();
  await expect(storage.put('../etc/passwd', new Uint8Array(), 'text/plain')).rejects.toThrow(/invalid storage key/);
  // An annual report's PDF (issue #17) is stored in its folder and read back, but never listed: the orphan cleanup
  // walks list() and would delete it.
  await storage.put(REPORT_KEY, new Uint8Array([9]), 'application/pdf');
  expect(Array.from((await storage.get(REPORT_KEY))!)).toEqual([9]);
  for await (const o of storage.list()) expect(o.key).not.toBe(REPORT_KEY);
  await expect(storage.put('annual-reports/../x.pdf', new Uint8Array(), 'application/pdf')).rejects.toThrow(/invalid storage key/);
  // A lesson's file (issue #18): streamed whole or one span of it, never listed (the orphan cleanup knows attachments only).
  await storage.put(LESSON_KEY, new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]), 'video/mp4');
  expect(await readAll(await storage.stream(LESSON_KEY))).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  expect(await readAll(await storage.stream(LESSON_KEY, { start: 2, end: 4 }))).toEqual([2, 3, 4]);
  expect(await readAll(await storage.stream(LESSON_KEY, { start: 9, end: 9 }))).toEqual([9]);
  for await (const o of storage.list()) expect(o.key).not.toBe(LESSON_KEY);
  await storage.delete(LESSON_KEY);
  expect(await storage.stream(LESSON_KEY)).toBeNull();
  await expect(storage.stream('lesson-files/../../etc/passwd')).rejects.toThrow(/invalid storage key/);
}

describe('local disk storage', () => {
  let dir: string;
  beforeAll(async () => (dir = await mkdtemp(path.join(tmpdir(), 'sajam-storage-'))));
  afterAll(() => rm(dir, { recursive: true, force: true }));
  it('stores, lists, reads and deletes by random key, refusing path tricks', () => roundTrip(new LocalDiskStorage(dir)));
});

// A minimal S3-compatible peer on loopback: enough of the protocol (PUT/GET/DELETE/ListObjectsV2) to
// check that the adapter signs its requests and reads the answers.
describe('S3-compatible storage', () => {
  const objects = new Map<string, Buffer>();
  const unsigned: string[] = [];
  let server: Server;
  let endpoint: string;

  beforeAll(async () => {
    server = createServer(async (req: IncomingMessage, res) => {
      if (!/^AWS4-HMAC-SHA256 Credential=test-key\//.test(req.headers.authorization ?? '')) unsigned.push(`${req.method} ${req.url}`);
      const url = new URL(req.url!, 'http://x');
      const key = url.pathname.replace(/^\/bucket\/?/, '');
      const chunks: Buffer[] = [];
      for await (const chunk of req) chunks.push(chunk as Buffer);
      const body = Buffer.concat(chunks);
      if (req.method === 'PUT') {
        objects.set(key, body);
        res.end();
      } else if (req.method === 'DELETE') {
        objects.delete(key);
        res.writeHead(204).end();
      } else if (!key) {
        const contents = [...objects.keys()].map((k) => `<Contents><Key>${k}</Key><LastModified>2026-11-23T00:00:00.000Z</LastModified></Contents>`).join('');
        res.end(`<ListBucketResult><IsTruncated>false</IsTruncated>${contents}</ListBucketResult>`);
      } else if (objects.has(key)) {
        const range = /^bytes=(\d+)-(\d+)$/.exec(req.headers.range ?? '');
        if (range) res.writeHead(206).end(objects.get(key)!.subarray(Number(range[1]), Number(range[2]) + 1));
        else res.end(objects.get(key));
      } else {
        res.writeHead(404).end();
      }
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('stores, lists, reads and deletes through signed requests', async () => {
    await roundTrip(new S3Storage({ endpoint, region: 'us-east-1', bucket: 'bucket', accessKeyId: 'test-key', secretAccessKey: 'test-secret' }));
    expect(unsigned).toEqual([]);
  });
});
