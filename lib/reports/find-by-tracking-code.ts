import 'server-only';
import { trackingKey } from '@/lib/crypto/keys';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { consumeLimit } from '@/lib/rate-limit/public-limits';
import { normalizeIdentifier } from '@/lib/text/normalize';
import { hashTrackingCode, normalizeTrackingCode } from '@/lib/tracking/code';

/**
 * The report id behind a tracking code, counting the lookup against the client's limit. An empty or
 * malformed code is a VALIDATION error on `code` (codeMissing / codeFormat); an unknown one is NOT_FOUND (the same for every wrong code).
 */
export async function findReportIdByCode(db: Db, code: string, rateKey: string): Promise<string> {
  await consumeLimit('track', rateKey);
  const normalized = normalizeTrackingCode(code);
  if (!normalized) {
    const missing = normalizeIdentifier(code) === '';
    throw new AppError('VALIDATION', 'code format', { fieldErrors: { code: [missing ? 'codeMissing' : 'codeFormat'] } });
  }
  const report = await db.report.findUnique({ where: { trackingCodeHash: hashTrackingCode(normalized, trackingKey()) }, select: { id: true } });
  if (!report) throw new AppError('NOT_FOUND', 'unknown code', { fieldErrors: { code: ['codeUnknown'] } });
  return report.id;
}
