import { AwsClient } from 'aws4fetch';
import { isSafeKey, isStorableKey, type ByteSpan, type ObjectStorage, type StoredObject } from './storage';

export type S3Config = { endpoint: string; region: string; bucket: string; accessKeyId: string; secretAccessKey: string };

/** Any S3-compatible store (AWS, MinIO, Ceph, ArvanCloud…), path-style addressing, SigV4 via aws4fetch. */
export class S3Storage implements ObjectStorage {
  private readonly client: AwsClient;
  private readonly base: string;

  constructor(config: S3Config) {
    this.client = new AwsClient({ accessKeyId: config.accessKeyId, secretAccessKey: config.secretAccessKey, region: config.region, service: 's3' });
    this.base = `${config.endpoint.replace(/\/$/, '')}/${config.bucket}`;
  }

  private url(key: string): string {
    if (!isStorableKey(key)) throw new Error('invalid storage key');
    return `${this.base}/${key}`;
  }

  async put(key: string, bytes: Uint8Array, contentType: string): Promise<void> {
    const res = await this.client.fetch(this.url(key), { method: 'PUT', body: Buffer.from(bytes), headers: { 'Content-Type': contentType } });
    if (!res.ok) throw new Error(`S3 PUT failed: ${res.status}`);
  }

  async get(key: string): Promise<Uint8Array | null> {
    const res = await this.client.fetch(this.url(key));
    if (res.status === 404) return null;
    if (!res.ok) throw new Error(`S3 GET failed: ${res.status}`);
    return new Uint8Array(await res.arrayBuffer());
  }

  async stream(key: string, span?: ByteSpan): Promise<ReadableStream<Uint8Array> | null> {
    const res = await this.client.fetch(this.url(key), span ? { headers: { Range: `bytes=${span.start}-${span.end}` } } : {});
    if (res.status === 404) return null;
    // A store that ignored the range would hand back the whole object as if it were the span.
    if (!res.ok || !res.body || (span && res.status !== 206)) throw new Error(`S3 GET failed: ${res.status}`);
    return res.body as ReadableStream<Uint8Array>;
  }

  async delete(key: string): Promise<void> {
    const res = await this.client.fetch(this.url(key), { method: 'DELETE' });
    if (!res.ok && res.status !== 404) throw new Error(`S3 DELETE failed: ${res.status}`);
  }

  async *list(): AsyncIterable<StoredObject> {
    let token: string | undefined;
    do {
      const query = new URLSearchParams({ 'list-type': '2', ...(token ? { 'continuation-token': token } : {}) });
      const res = await this.client.fetch(`${this.base}?${query}`);
      if (!res.ok) throw new Error(`S3 LIST failed: ${res.status}`);
      const xml = await res.text();
      for (const [, body] of xml.matchAll(/<Contents>([\s\S]*?)<\/Contents>/g)) {
        const key = /<Key>([^<]+)<\/Key>/.exec(body!)?.[1];
        const modified = /<LastModified>([^<]+)<\/LastModified>/.exec(body!)?.[1];
        if (key && modified && isSafeKey(key)) yield { key, modifiedAt: new Date(modified) };
      }
      token = /<IsTruncated>true<\/IsTruncated>/.test(xml) ? /<NextContinuationToken>([^<]+)</.exec(xml)?.[1] : undefined;
    } while (token);
  }
}
