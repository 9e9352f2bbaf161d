import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { ApplicationStatus } from '@/lib/generated/prisma/client';
import { enqueueNotification } from '@/lib/notify/outbox';
import { loadInScope } from './application-access';
import { vettingChecks, vettingEffects, vettingGuards } from './effects';
import { vettingProviders, type Providers } from './providers';
import { APPLICANT_HEARS, findVettingTransition, isDecided, type VettingAction } from './transitions';

export type VetOptions = {
  actor: Actor;
  memberId: string;
  action: VettingAction;
  version: number;
  note?: string;
  /** Ticked "I mean it", for a move that cannot be undone (requiresConfirm). */
  confirmed?: boolean;
  providers?: Providers;
};

/**
 * One vetting move, checked against the pipeline table and the vetter's scope, in one transaction with
 * optimistic locking and an audit event. The table names what the move does (lib/vetting/effects.ts):
 * its outside checks run before the transaction (a provider may be slow) and are recorded in it; its
 * guards refuse with a field error; its effect writes in the transaction (approval: membership code and role).
 */
export async function vetApplication(o: VetOptions) {
  const m = await loadInScope({ actor: o.actor, memberId: o.memberId });
  if (m.version !== o.version) throw new AppError('CONFLICT', 'stale version');
  const transition = findVettingTransition(m.status, o.action);
  if (!transition || transition.by !== 'VETTER') throw new AppError('FORBIDDEN');
  const note = o.note?.trim();
  if (transition.requiresNote && !note) throw new AppError('VALIDATION', 'note required', { fieldErrors: { note: ['noteRequired'] } });
  if (transition.requiresConfirm && !o.confirmed) throw new AppError('VALIDATION', 'not confirmed', { fieldErrors: { confirmed: ['confirmRequired'] } });

  const providers = o.providers ?? vettingProviders();
  const checks = transition.check ? await vettingChecks[transition.check](m, providers) : [];
  for (const guard of transition.guards ?? []) await vettingGuards[guard](m, providers);

  const to: ApplicationStatus = transition.to ?? (checks.every((c) => c.result.outcome === 'PASS') ? transition.passTo! : m.status);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const now = new Date();
    const effected = transition.effect ? await vettingEffects[transition.effect](tx, { m, actorId: o.actor.id, now }) : {};
    const moved = await tx.member.updateMany({
      where: { id: m.id, version: m.version, status: m.status },
      data: {
        status: to,
        version: { increment: 1 },
        ...(note && transition.requiresNote ? { staffNote: note } : {}),
        ...(isDecided(to) ? { decidedAt: now } : {}),
        ...effected,
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
    // The applicant hears of the decisions that concern them, in the same transaction (outbox).
    const heard = APPLICANT_HEARS.find((s) => s === to);
    if (heard && to !== m.status)
      await enqueueNotification(
        tx,
        { userId: m.userId },
        'member.decision',
        { status: heard, membershipCode: typeof effected.membershipCode === 'string' ? effected.membershipCode : null },
        `vetting:${m.id}:${m.version + 1}`,
      );
    await recordAuditEvent(tx, {
      actorId: o.actor.id,
      action: 'member.transition',
      objectType: 'member',
      objectId: m.id,
      meta: { action: o.action, from: m.status, to, ...(checks.length ? { failedChecks: checks.filter((c) => c.result.outcome === 'FAIL').length } : {}) },
    });
    return {
      status: to,
      membershipCode: typeof effected.membershipCode === 'string' ? effected.membershipCode : null,
      checks: checks.map((c) => ({ provider: c.provider, outcome: c.result.outcome })),
    };
  });
}
