import 'server-only';
import { normalizeMobile } from '@/lib/auth/identifier';
import { encryptField } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { FINISHED } from '@/lib/workflow/transitions';
import { findReportIdByCode } from './find-by-tracking-code';

export type SetStatusMobileOptions = {
  /** The tracking code: the reporter's only key. */
  code: string;
  /** A mobile for status messages, or blank to stop them (the number is erased). */
  mobile: string;
  rateKey: string;
};

/**
 * On /track, the reporter starts or stops status messages for an open case (issue #13). The number is
 * stored encrypted, read only by the notifier (lib/workflow/apply-transition.ts), shown to nobody — not
 * even back on /track, where whoever holds the code would read it — and erased when the case ends.
 * Errors: VALIDATION on `statusMobile` (not a mobile) or `code`, NOT_FOUND, CONFLICT (the case has ended).
 */
export async function setStatusMobile({ code, mobile, rateKey }: SetStatusMobileOptions): Promise<{ on: boolean }> {
  const typed = mobile.trim();
  const normalized = typed === '' ? null : normalizeMobile(typed);
  if (typed !== '' && !normalized) throw new AppError('VALIDATION', 'status mobile', { fieldErrors: { statusMobile: ['statusMobile'] } });
  const db = await getDb();
  const reportId = await findReportIdByCode(db, code, rateKey);
  const updated = await db.report.updateMany({
    where: { id: reportId, status: { notIn: [...FINISHED] } },
    data: { statusMobileEnc: normalized ? encryptField('mobile', normalized) : null },
  });
  if (updated.count === 0) throw new AppError('CONFLICT', 'case ended', { fieldErrors: { statusMobile: ['caseEnded'] } });
  return { on: normalized !== null };
}
