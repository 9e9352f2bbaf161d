import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { hashPassword } from '@/lib/auth/password';
import { mobileColumns } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import { consumeOtp } from './otp';

/**
 * The first step of /join: a verified mobile and a password become an account with no role and an
 * empty application (DRAFT), so the applicant's draft lives on the server and survives reloads and
 * devices. A mobile that already has an account is told to log in (the code proved they own it).
 */
export async function createApplicantAccount({ mobile, code, password }: { mobile: string; code: string; password: string }) {
  const passwordHash = await hashPassword(password);
  await consumeOtp({ target: { channel: 'SMS', mobile }, purpose: 'register', code });
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      const user = await tx.user.create({ data: { ...mobileColumns(mobile), mobileVerifiedAt: new Date(), passwordHash, name: '', roles: [] } });
      await tx.member.create({ data: { userId: user.id, firstName: '', lastName: '', status: 'DRAFT' } });
      await recordAuditEvent(tx, { actorId: user.id, action: 'member.register', objectType: 'user', objectId: user.id });
      return { userId: user.id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', 'mobile has an account', { fieldErrors: { mobile: ['mobileTaken'] } });
    throw error;
  }
}
