import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { findVettingTransition } from '@/lib/vetting/transitions';
import { APPLICATION_STEPS } from './application-input';
import { completedSteps } from './application-steps';

/** Sends the finished application (or its correction) to the province; every step must be complete. */
export async function submitApplication({ actor }: { actor: Actor }) {
  const db = await getDb();
  const member = await db.member.findUnique({ where: { userId: actor.id } });
  if (!member) throw new AppError('NOT_FOUND');
  const missing = APPLICATION_STEPS.filter((s) => !completedSteps(member).includes(s));
  if (missing.length) throw new AppError('VALIDATION', 'incomplete', { fieldErrors: Object.fromEntries(missing.map((s) => [s, ['stepMissing']])) });
  // The pipeline table says where `submit` leads and from which states (lib/vetting/transitions.ts).
  const transition = findVettingTransition(member.status, 'submit');
  if (!transition?.to) throw new AppError('CONFLICT', 'application changed');
  const to = transition.to;
  return db.$transaction(async (tx) => {
    const moved = await tx.member.updateMany({
      where: { id: member.id, version: member.version, status: { in: [...transition.from] } },
      data: { status: to, submittedAt: new Date(), staffNote: null, version: { increment: 1 } },
    });
    if (moved.count !== 1) throw new AppError('CONFLICT', 'application changed');
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'member.transition',
      objectType: 'member',
      objectId: member.id,
      meta: { action: 'submit', from: member.status, to },
    });
    return { status: to };
  });
}
