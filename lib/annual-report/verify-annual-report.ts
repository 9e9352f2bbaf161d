import 'server-only';
import { timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { trackingKey } from '@/lib/crypto/keys';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { AnnualReportScope } from '@/lib/generated/prisma/enums';
import { consumeLimit } from '@/lib/rate-limit/public-limits';
import { hashVerifyCode, normalizeVerifyCode } from './verification-code';

/** What the public verification page says about a code Sajam issued. Nothing about who asked for it. */
export type AnnualReportVerification = {
  /** The code as printed (XXXXX-XXXXX). */
  code: string;
  year: number;
  scope: AnnualReportScope;
  province: { name: string; nameEn: string } | null;
  agency: { name: string; nameEn: string } | null;
  issuedAt: Date;
  /** The SHA-256 of the document as issued, lower-case hex. */
  sha256: string;
  /** The hash the person gave, compared: true matches, false does not, null when none was given. */
  matches: boolean | null;
};

/** A SHA-256 as people paste it: 64 hex digits, any case, or a whole `sha256sum` line ("<hash>  file.pdf"). */
export const sha256InputSchema = z
  .string()
  .trim()
  .transform((s) => (s.split(/\s+/)[0] ?? '').toLowerCase())
  .pipe(z.string().regex(/^[0-9a-f]{64}$/, { error: 'sha256' }));

/**
 * Public (no login): whether `code` is the verification code of an annual report Sajam issued — for which year and
 * scope, when — with the document's SHA-256; and, given `sha256` (pasted, or computed from an upload by
 * hashUpload), whether it is that document's. Each call counts against the client's 'verifyReport' limit.
 * Errors: RATE_LIMITED; NOT_FOUND for a malformed or unknown code, or a report not finished (all alike);
 * VALIDATION (fieldErrors.sha256 'sha256') for a hash that is not 64 hex digits.
 */
export async function verifyAnnualReport({
  code,
  sha256,
  rateKey,
}: {
  code: string;
  /** A pasted hash, or (an upload) a function that hashes the file: called only once the limit and the code passed. */
  sha256?: string | (() => Promise<string>);
  rateKey: string;
}): Promise<AnnualReportVerification> {
  await consumeLimit('verifyReport', rateKey);
  const normalized = normalizeVerifyCode(code);
  if (!normalized) throw new AppError('NOT_FOUND');
  let given: string | null = null;
  if (typeof sha256 === 'string' && sha256.trim() !== '') {
    const parsed = sha256InputSchema.safeParse(sha256);
    if (!parsed.success) throw new AppError('VALIDATION', 'sha256 format', { fieldErrors: { sha256: ['sha256'] } });
    given = parsed.data;
  }
  const db = await getDb();
  const report = await db.annualReport.findUnique({
    where: { verifyCodeHash: hashVerifyCode(normalized, trackingKey()) },
    select: {
      status: true,
      year: true,
      scope: true,
      finishedAt: true,
      sha256: true,
      province: { select: { name: true, nameEn: true } },
      agency: { select: { name: true, nameEn: true } },
    },
  });
  if (!report || report.status !== 'DONE' || !report.sha256 || !report.finishedAt) throw new AppError('NOT_FOUND');
  // An upload is hashed only now: past the client's limit and for a real code (h17 review: it was hashed first).
  if (typeof sha256 === 'function') given = await sha256();
  return {
    code: `${normalized.slice(0, 5)}-${normalized.slice(5)}`,
    year: report.year,
    scope: report.scope,
    province: report.province,
    agency: report.agency,
    issuedAt: report.finishedAt,
    sha256: report.sha256,
    matches: given === null ? null : timingSafeEqual(Buffer.from(given), Buffer.from(report.sha256)),
  };
}
