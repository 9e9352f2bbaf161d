import 'server-only';
import { normalizeMobile } from '@/lib/auth/identifier';
import { encryptField } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { requestOtp } from '@/lib/members/otp';
import { ERASED_STATUS_MOBILE } from '@/lib/workflow/reporter-messages';
import { FINISHED } from '@/lib/workflow/transitions';
import { findReportIdByCode } from './find-by-tracking-code';

export type SetStatusMobileOptions = {
  /** The tracking code: the reporter's only key. */
  code: string;
  /** A mobile for status messages, or blank to stop them (every number is erased). */
  mobile: string;
  rateKey: string;
};

/**
 * On /track, the reporter starts or stops status messages for an open case (issue #13). A number is
 * only *pending* (`statusMobilePendingEnc`) until the code sent to it is typed back on /track
 * (confirm-status-mobile.ts): nothing but that code is ever sent to a number nobody confirmed, so nobody
 * can make Sajam text a stranger about "the report you follow". Typing the number again sends a new code
 * (within the one-time-code limits: per client, per number). Stored encrypted, read only by the notifier,
 * shown to nobody — not even back on /track, where whoever holds the code would read it — and erased when
 * the case ends. Errors: VALIDATION on `statusMobile` (not a mobile) or `code`, NOT_FOUND, CONFLICT (the
 * case has ended), RATE_LIMITED (too many codes).
 */
export async function setStatusMobile({ code, mobile, rateKey }: SetStatusMobileOptions): Promise<{ on: boolean; pending: boolean }> {
  const typed = mobile.trim();
  const normalized = typed === '' ? null : normalizeMobile(typed);
  if (typed !== '' && !normalized) throw new AppError('VALIDATION', 'status mobile', { fieldErrors: { statusMobile: ['statusMobile'] } });
  const db = await getDb();
  const reportId = await findReportIdByCode(db, code, rateKey);
  const open = { id: reportId, status: { notIn: [...FINISHED] } };
  if (!normalized) {
    await db.report.updateMany({ where: { id: reportId }, data: ERASED_STATUS_MOBILE });
    return { on: false, pending: false };
  }
  if ((await db.report.count({ where: open })) === 0) throw caseEnded();
  await sendStatusMobileCode({ mobile: normalized, rateKey });
  const updated = await db.report.updateMany({ where: open, data: { statusMobilePendingEnc: encryptField('mobile', normalized) } });
  if (updated.count === 0) throw caseEnded();
  return { on: false, pending: true };
}

const caseEnded = () => new AppError('CONFLICT', 'case ended', { fieldErrors: { statusMobile: ['caseEnded'] } });

/**
 * Sends the neutral confirmation code («کد تأیید سجام: …», no word of a report) through the one-time
 * code machinery (lib/members/otp.ts, purpose `status_mobile`): its limits, its hashing, its expiry.
 */
export async function sendStatusMobileCode({ mobile, rateKey }: { mobile: string; rateKey: string }): Promise<void> {
  await requestOtp({ target: { channel: 'SMS', mobile }, purpose: 'status_mobile', rateKey });
}
