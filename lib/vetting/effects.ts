import 'server-only';
import { revokeUserSessions } from '@/lib/auth/revoke-sessions';
import { decryptField } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { loadInScope } from './application-access';
import { issueMembershipCode } from './membership-code';
import type { CheckResult, Providers } from './providers';
import type { VettingCheck, VettingEffect, VettingGuard } from './transitions';

/** The application as `loadInScope` returns it. */
export type Application = Awaited<ReturnType<typeof loadInScope>>;
export type CheckRun = { kind: 'IDENTITY' | 'INQUIRY'; provider: string; result: CheckResult };

/**
 * The outside checks named in the pipeline table (lib/vetting/transitions.ts). They call the providers
 * before the move's transaction, because a provider may be slow; the move records their results.
 */
export const vettingChecks: Record<VettingCheck, (m: Application, providers: Providers) => Promise<CheckRun[]>> = {
  async identity(m, providers) {
    const nationalCode = m.nationalCodeEnc ? decryptField('nationalCode', m.nationalCodeEnc) : '';
    const mobile = m.user.mobileEnc ? decryptField('mobile', m.user.mobileEnc) : '';
    return [{ kind: 'IDENTITY', provider: providers.identity.name, result: await providers.identity.verify({ nationalCode, mobile, birthDate: m.birthDate }) }];
  },
  async inquiries(m, providers) {
    const nationalCode = m.nationalCodeEnc ? decryptField('nationalCode', m.nationalCodeEnc) : '';
    const runs: CheckRun[] = [];
    for (const p of providers.inquiries) runs.push({ kind: 'INQUIRY', provider: p.name, result: await p.inquire({ nationalCode }) });
    return runs;
  },
};

/** The conditions named in the table, checked before the move; each refuses with a field error on `action`. */
export const vettingGuards: Record<VettingGuard, (m: Application, providers: Providers) => Promise<void>> = {
  // Since the last submission: every provider has passed and none has failed (re-running a check until
  // it passes does not wash out a failure).
  async checksCleared(m, providers) {
    const current = m.checks.filter((c) => !m.submittedAt || c.createdAt >= m.submittedAt);
    const passed = (kind: string, provider: string) => current.some((c) => c.kind === kind && c.provider === provider && c.outcome === 'PASS');
    const cleared =
      current.every((c) => c.outcome === 'PASS') && passed('IDENTITY', providers.identity.name) && providers.inquiries.every((p) => passed('INQUIRY', p.name));
    if (!cleared) throw new AppError('VALIDATION', 'checks not passed', { fieldErrors: { action: ['checksPending'] } });
  },
  // One person, one membership: the national code is not unique among applications (issue #9), so approval checks it.
  async oneMembershipPerPerson(m) {
    const db = await getDb();
    const own = await db.member.findUniqueOrThrow({ where: { id: m.id }, select: { nationalCodeIndex: true } });
    if (own.nationalCodeIndex && (await db.member.count({ where: { nationalCodeIndex: own.nationalCodeIndex, id: { not: m.id }, status: 'APPROVED' } })) > 0)
      throw new AppError('VALIDATION', 'national code already a member', { fieldErrors: { action: ['duplicateMember'] } });
  },
};

/** What an effect writes besides the state; it returns the columns it sets on the application. */
export const vettingEffects: Record<
  VettingEffect,
  (tx: Prisma.TransactionClient, input: { m: Application; actorId: string; now: Date }) => Promise<Prisma.MemberUpdateManyMutationInput>
> = {
  // The membership code (province, Jalali year, sequence) and the MEMBER role; the person's sessions end
  // so that the new role is read at their next login, not carried by an old token.
  async grantMembership(tx, { m, actorId, now }) {
    const membershipCode = await issueMembershipCode(tx, m.provinceId!, now);
    await tx.user.update({ where: { id: m.userId }, data: { roles: { push: 'MEMBER' }, provinceId: m.provinceId } });
    await revokeUserSessions({ userId: m.userId, reason: 'roles_changed', actorId, tx });
    return { membershipCode };
  },
};
