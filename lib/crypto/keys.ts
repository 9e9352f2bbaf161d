import 'server-only';
import { hkdfSync } from 'node:crypto';
import { getEnv } from '@/lib/env';
import { getAppSecret } from './secret';

/** A 32-byte key for one purpose, derived from the application secret, so purposes never share a key. */
export function deriveKey(purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', getAppSecret(), 'sajam', purpose, 32));
}

let cachedTrackingKey: string | undefined;

/** Read on every submission and lookup, so derived once per process. */
export function trackingKey(): string {
  return (cachedTrackingKey ??= getEnv().SAJAM_TRACKING_KEY ?? deriveKey('tracking-code').toString('base64url'));
}
