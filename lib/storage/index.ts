import 'server-only';
import path from 'node:path';
import { getEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { LocalDiskStorage } from './local-disk';
import { S3Storage } from './s3';
import type { ObjectStorage } from './storage';

export type { ObjectStorage } from './storage';

let storage: ObjectStorage | undefined;

/** The configured attachment store: STORAGE_DRIVER=local (STORAGE_DIR) or s3 (S3_* variables). */
export function getStorage(): ObjectStorage {
  if (storage) return storage;
  const env = getEnv();
  if (env.STORAGE_DRIVER === 'local') return (storage = new LocalDiskStorage(path.resolve(env.STORAGE_DIR)));
  const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION } = env;
  if (!S3_ENDPOINT || !S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY)
    throw new AppError('CONFIG', 'STORAGE_DRIVER=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY');
  return (storage = new S3Storage({
    endpoint: S3_ENDPOINT,
    bucket: S3_BUCKET,
    region: S3_REGION,
    accessKeyId: S3_ACCESS_KEY_ID,
    secretAccessKey: S3_SECRET_ACCESS_KEY,
  }));
}
