import 'server-only';
import type { Actor } from '@/lib/authz';
import { blindIndex, encryptField } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError, isAppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { consumeLimit } from '@/lib/rate-limit/public-limits';
import { EDITABLE, isEditable } from '@/lib/vetting/transitions';
import { stepSchemas, type ApplicationStep } from './application-input';
import { consumeOtp, requestOtp } from './otp';

/** What saving a step led to: on to the next step, or a code was sent to the e-mail address typed. */
export type SaveStepResult = { next: true } | { emailCodeSent: true };

export type SaveApplicationStepOptions = {
  actor: Actor;
  step: ApplicationStep;
  /** The step's form fields, unparsed: the step's schema (application-input.ts) parses them here. */
  fields: Record<string, unknown>;
  /** What the e-mail code request counts against; the applicant's account when omitted. */
  rateKey?: string;
};

/**
 * Saves one step of the applicant's draft. Editable only as a draft or when staff asked for a correction.
 * No answer depends on another person's data (issue #9): a national code another application holds is
 * saved like any other (the vetters see the match, `findPossibleDuplicates`), and an e-mail address is
 * bound only after the code sent to it is typed back — for an address another account holds, the
 * answer is the same "code sent", the code can never match, and the address's owner gets a notice.
 * The identity and contact steps count against a per-account limit.
 */
export async function saveApplicationStep({ actor, step, fields, rateKey = `account:${actor.id}` }: SaveApplicationStepOptions): Promise<SaveStepResult> {
  const db = await getDb();
  const member = await db.member.findUnique({ where: { userId: actor.id }, select: { id: true, status: true } });
  if (!member) throw new AppError('NOT_FOUND');
  if (!isEditable(member.status)) throw new AppError('CONFLICT', 'application is under review');
  if (step === 'identity' || step === 'contact') await consumeLimit('identityStep', actor.id);

  let data: Prisma.MemberUncheckedUpdateInput;
  let user: Prisma.UserUpdateInput | undefined;
  switch (step) {
    case 'identity': {
      const v = stepSchemas.identity.parse(fields);
      data = {
        firstName: v.firstName,
        lastName: v.lastName,
        fatherName: v.fatherName,
        birthDate: v.birthDate,
        gender: v.gender,
        nationalCodeEnc: encryptField('nationalCode', v.nationalCode),
        nationalCodeIndex: blindIndex('nationalCode', v.nationalCode),
      };
      user = { name: `${v.firstName} ${v.lastName}` };
      break;
    }
    case 'contact': {
      const v = stepSchemas.contact.parse(fields);
      const current = (await db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { email: true } })).email;
      if (v.email && v.email !== current) {
        const target = { channel: 'EMAIL' as const, email: v.email };
        if (!v.emailCode) {
          const holder = await db.user.findUnique({ where: { email: v.email }, select: { id: true } });
          await requestOtp({ target, purpose: 'email', userId: actor.id, rateKey, decoy: holder ? { notice: 'email.taken' } : undefined });
          return { emailCodeSent: true };
        }
        await consumeOtp({ target, purpose: 'email', userId: actor.id, code: v.emailCode }).catch((error: unknown) => {
          // The code field is `emailCode` on this form.
          if (isAppError(error) && error.fieldErrors?.code)
            throw new AppError('VALIDATION', error.message, { fieldErrors: { emailCode: error.fieldErrors.code } });
          throw error;
        });
      }
      data = {};
      user = { email: v.email ?? null };
      break;
    }
    case 'place': {
      const v = stepSchemas.place.parse(fields);
      const county = await db.county.findFirst({ where: { id: v.countyId, provinceId: v.provinceId }, select: { id: true } });
      if (!county) throw new AppError('VALIDATION', 'county outside province', { fieldErrors: { countyId: ['county'] } });
      data = { provinceId: v.provinceId, countyId: v.countyId };
      break;
    }
    case 'background': {
      const v = stepSchemas.background.parse(fields);
      data = { education: v.education, occupation: v.occupation, skills: v.skills, interests: v.interests, availability: v.availability ?? null };
      break;
    }
    case 'declaration':
      stepSchemas.declaration.parse(fields);
      data = { declaredAt: new Date() };
      break;
  }
  try {
    await db.$transaction(async (tx) => {
      // Conditional on the state, so a save racing the applicant's own submission cannot land on it.
      const saved = await tx.member.updateMany({ where: { id: member.id, status: { in: [...EDITABLE] } }, data: { ...data, version: { increment: 1 } } });
      if (saved.count !== 1) throw new AppError('CONFLICT', 'application is under review');
      if (user) await tx.user.update({ where: { id: actor.id }, data: user });
    });
  } catch (error) {
    // Only reachable by the owner of the address (they typed the code it received), so saying so reveals nothing.
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', 'email taken', { fieldErrors: { email: ['emailTaken'] } });
    throw error;
  }
  return { next: true };
}
