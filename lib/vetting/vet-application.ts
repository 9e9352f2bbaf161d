import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { revokeUserSessions } from '@/lib/auth/revoke-sessions';
import type { Actor } from '@/lib/authz';
import { decryptField } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { ApplicationStatus } from '@/lib/generated/prisma/client';
import { loadInScope } from './application-access';
import { issueMembershipCode } from './membership-code';
import { vettingProviders, type CheckResult, type Providers } from './providers';
import { findVettingTransition, isDecided, type VettingAction } from './transitions';

export type VetOptions = { actor: Actor; memberId: string; action: VettingAction; version: number; note?: string; providers?: Providers };

/**
 * One vetting move, checked against the pipeline table and the vetter's scope, in one transaction with
 * optimistic locking and an audit event. Provider calls happen before the transaction (they may be
 * slow); their results are recorded in it. Approval issues the membership code and the MEMBER role.
 */
export async function vetApplication(o: VetOptions) {
  const m = await loadInScope({ actor: o.actor, memberId: o.memberId });
  if (m.version !== o.version) throw new AppError('CONFLICT', 'stale version');
  const transition = findVettingTransition(m.status, o.action);
  if (!transition || transition.by !== 'VETTER') throw new AppError('FORBIDDEN');
  const note = o.note?.trim();
  if (transition.requiresNote && !note) throw new AppError('VALIDATION', 'note required', { fieldErrors: { note: ['noteRequired'] } });

  const providers = o.providers ?? vettingProviders();
  const nationalCode = m.nationalCodeEnc ? decryptField('nationalCode', m.nationalCodeEnc) : '';
  const checks: { kind: 'IDENTITY' | 'INQUIRY'; provider: string; result: CheckResult }[] = [];
  if (o.action === 'verifyIdentity') {
    const mobile = m.user.mobileEnc ? decryptField('mobile', m.user.mobileEnc) : '';
    checks.push({
      kind: 'IDENTITY',
      provider: providers.identity.name,
      result: await providers.identity.verify({ nationalCode, mobile, birthDate: m.birthDate }),
    });
  }
  if (o.action === 'runInquiries') {
    for (const p of providers.inquiries) checks.push({ kind: 'INQUIRY', provider: p.name, result: await p.inquire({ nationalCode }) });
  }
  if (o.action === 'approve') {
    // Since the last submission: every provider has passed and none has failed (re-running a check
    // until it passes does not wash out a failure).
    const current = m.checks.filter((c) => !m.submittedAt || c.createdAt >= m.submittedAt);
    const passed = (kind: string, provider: string) => current.some((c) => c.kind === kind && c.provider === provider && c.outcome === 'PASS');
    const cleared =
      current.every((c) => c.outcome === 'PASS') && passed('IDENTITY', providers.identity.name) && providers.inquiries.every((p) => passed('INQUIRY', p.name));
    if (!cleared) throw new AppError('VALIDATION', 'checks not passed', { fieldErrors: { action: ['checksPending'] } });
    // One person, one membership: the national code is no longer unique among applications, so approval checks it.
    const db = await getDb();
    const own = await db.member.findUniqueOrThrow({ where: { id: m.id }, select: { nationalCodeIndex: true } });
    if (own.nationalCodeIndex && (await db.member.count({ where: { nationalCodeIndex: own.nationalCodeIndex, id: { not: m.id }, status: 'APPROVED' } })) > 0) {
      throw new AppError('VALIDATION', 'national code already a member', { fieldErrors: { action: ['duplicateMember'] } });
    }
  }

  const to: ApplicationStatus = transition.to ?? (checks.every((c) => c.result.outcome === 'PASS') ? 'INQUIRIES' : m.status);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const now = new Date();
    const membershipCode = o.action === 'approve' ? await issueMembershipCode(tx, m.provinceId!, now) : undefined;
    const moved = await tx.member.updateMany({
      where: { id: m.id, version: m.version, status: m.status },
      data: {
        status: to,
        version: { increment: 1 },
        ...(note && transition.requiresNote ? { staffNote: note } : {}),
        ...(isDecided(to) ? { decidedAt: now } : {}),
        ...(membershipCode ? { membershipCode } : {}),
      },
    });
    if (moved.count !== 1) throw new AppError('CONFLICT', 'application changed');
    for (const c of checks) {
      await tx.vettingCheck.create({
        data: {
          memberId: m.id,
          kind: c.kind,
          provider: c.provider,
          outcome: c.result.outcome,
          reference: c.result.reference,
          actorId: o.actor.id,
          createdAt: now,
        },
      });
    }
    if (o.action === 'approve') {
      await tx.user.update({ where: { id: m.userId }, data: { roles: { push: 'MEMBER' }, provinceId: m.provinceId } });
      await revokeUserSessions({ userId: m.userId, reason: 'roles_changed', actorId: o.actor.id, tx });
    }
    await recordAuditEvent(tx, {
      actorId: o.actor.id,
      action: 'member.transition',
      objectType: 'member',
      objectId: m.id,
      meta: { action: o.action, from: m.status, to, ...(checks.length ? { failedChecks: checks.filter((c) => c.result.outcome === 'FAIL').length } : {}) },
    });
    return { status: to, membershipCode: membershipCode ?? null, checks: checks.map((c) => ({ provider: c.provider, outcome: c.result.outcome })) };
  });
}
