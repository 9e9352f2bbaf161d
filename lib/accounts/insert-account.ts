import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { blindIndex, mobileColumns } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError, isAppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { AccountInput } from './account-input';
import { issueSetupLink } from './setup-link';
import { scopeProblems } from './staff-roles';

/**
 * Checks a staff account's roles and scope against the rules (staff-roles.ts) and the database (an
 * active agency for a liaison). Throws VALIDATION with field errors.
 */
export async function checkAccess(tx: Prisma.TransactionClient, problems: ReturnType<typeof scopeProblems>, agencyId: string | null): Promise<void> {
  const fieldErrors: Record<string, string[]> = { ...problems };
  if (agencyId !== null && !fieldErrors.agencyId) {
    const agency = await tx.agency.findUnique({ where: { id: agencyId }, select: { active: true } });
    if (!agency?.active) fieldErrors.agencyId = ['agencyInactive'];
  }
  if (Object.keys(fieldErrors).length > 0) throw new AppError('VALIDATION', 'roles and scope', { fieldErrors });
}

/**
 * Refuses a mobile or e-mail address another account holds (each is a login identifier), as field
 * errors. Two administrators racing for the same address meet the unique index instead: `takenContact`.
 */
export async function checkContactFree(tx: Prisma.TransactionClient, { mobile, email, exceptId }: { mobile?: string; email?: string; exceptId?: string }) {
  const fieldErrors: Record<string, string[]> = {};
  const other = (where: Prisma.UserWhereInput) => tx.user.count({ where: { ...where, ...(exceptId ? { NOT: { id: exceptId } } : {}) } });
  if (mobile && (await other({ mobileIndex: blindIndex('mobile', mobile) }))) fieldErrors.mobile = ['mobileTaken'];
  if (email && (await other({ email }))) fieldErrors.email = ['emailTaken'];
  if (Object.keys(fieldErrors).length > 0) throw new AppError('VALIDATION', 'contact taken', { fieldErrors });
}

/**
 * Records that an administrator typed an address another account holds (`account.contact_taken`, which
 * fields, no values), in its own transaction since the change was rolled back: each "taken" answer tells
 * an administrator that some account — a volunteer's, perhaps — has that address, so the probing shows in
 * the log the national office reads. Does nothing for any other error.
 */
export async function auditContactTaken(error: unknown, { actorId, userId }: { actorId: string | null; userId?: string }): Promise<void> {
  if (!isAppError(error) || error.code !== 'VALIDATION') return;
  const fields = (['mobile', 'email'] as const).filter((f) => error.fieldErrors?.[f]?.some((k) => k.endsWith('Taken')));
  if (fields.length === 0) return;
  const db = await getDb();
  await db.$transaction((tx) =>
    recordAuditEvent(tx, { actorId, action: 'account.contact_taken', objectType: 'user', objectId: userId ?? null, meta: { fields } }),
  );
}

/** The unique index's refusal (a race `checkContactFree` could not see) as a field error; null for any other error. */
export function takenContact(error: unknown): AppError | null {
  return isUniqueViolation(error) ? new AppError('VALIDATION', 'contact taken', { fieldErrors: { mobile: ['contactTaken'] } }) : null;
}

/**
 * Creates a staff account with no password and sends its one-time setup link, in one transaction with
 * the audit event `account.created` (actor: the admin, or none from the command line). Returns the
 * new id and the link's path (only the command line shows it). Errors: VALIDATION (roles and scope,
 * an inactive agency, a mobile or e-mail another account holds).
 */
export async function insertAccount({
  input,
  actorId,
  via,
  now = new Date(),
}: {
  input: AccountInput;
  actorId: string | null;
  via: 'admin' | 'cli';
  now?: Date;
}): Promise<{ id: string; setupPath: string }> {
  const scope = { provinceId: input.provinceId ?? null, agencyId: input.agencyId ?? null };
  const db = await getDb();
  try {
    return await db.$transaction(async (tx) => {
      await checkAccess(tx, scopeProblems({ roles: input.roles, scope }), scope.agencyId);
      await checkContactFree(tx, { mobile: input.mobile, email: input.email });
      const { id } = await tx.user.create({
        data: {
          name: input.name,
          email: input.email ?? null,
          ...(input.mobile ? mobileColumns(input.mobile) : {}),
          passwordHash: null,
          roles: [...input.roles],
          locale: input.locale,
          ...scope,
        },
        select: { id: true },
      });
      await recordAuditEvent(tx, { actorId, action: 'account.created', objectType: 'user', objectId: id, meta: { roles: [...input.roles], ...scope, via } });
      const { path } = await issueSetupLink(tx, { userId: id, now });
      return { id, setupPath: path };
    });
  } catch (error) {
    await auditContactTaken(error, { actorId });
    throw takenContact(error) ?? error;
  }
}
