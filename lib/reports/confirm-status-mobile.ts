import 'server-only';
import { decryptField } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { AppError, isAppError } from '@/lib/errors';
import { consumeOtp } from '@/lib/members/otp';
import { normalizeIdentifier } from '@/lib/text/normalize';
import { FINISHED } from '@/lib/workflow/transitions';
import { findReportIdByCode } from './find-by-tracking-code';

/**
 * On /track, the reporter types back the code sent to the number they gave for status messages: the
 * number becomes the one messages go to (set-status-mobile.ts). The code is checked by the one-time code
 * machinery (newest code only, a few tries, minutes of validity). Errors: VALIDATION on `statusMobileCode`
 * (wrong, expired, locked) or `code`, NOT_FOUND, CONFLICT (no number waiting, or the case has ended).
 */
export async function confirmStatusMobile({ code, otp, rateKey }: { code: string; otp: string; rateKey: string }): Promise<{ on: true }> {
  const db = await getDb();
  const reportId = await findReportIdByCode(db, code, rateKey);
  const open = { id: reportId, status: { notIn: [...FINISHED] } };
  const report = await db.report.findFirst({ where: open, select: { statusMobilePendingEnc: true } });
  if (!report?.statusMobilePendingEnc) throw new AppError('CONFLICT', 'nothing to confirm', { fieldErrors: { statusMobileCode: ['nothingToConfirm'] } });
  // Typed in any digits, with stray spaces or invisible marks (the one text module).
  const digits = normalizeIdentifier(otp);
  await consumeOtp({ target: { channel: 'SMS', mobile: decryptField('mobile', report.statusMobilePendingEnc) }, purpose: 'status_mobile', code: digits }).catch(
    (error: unknown) => {
      // The tracking form's `code` is the tracking code: the one-time code's errors belong to its own field.
      if (isAppError(error) && error.fieldErrors?.code)
        throw new AppError('VALIDATION', error.message, { fieldErrors: { statusMobileCode: error.fieldErrors.code } });
      throw error;
    },
  );
  const updated = await db.report.updateMany({
    where: { ...open, statusMobilePendingEnc: report.statusMobilePendingEnc },
    data: { statusMobileEnc: report.statusMobilePendingEnc, statusMobilePendingEnc: null },
  });
  if (updated.count === 0) throw new AppError('CONFLICT', 'changed meanwhile', { fieldErrors: { statusMobileCode: ['nothingToConfirm'] } });
  return { on: true };
}
