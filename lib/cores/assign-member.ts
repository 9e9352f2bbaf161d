import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { coreInScope } from './core-access';

/**
 * Puts an approved member of the core's province in the core (or moves them there). Refuses a full core,
 * and a core head (appoint another head of their core first).
 */
export async function assignMember({ actor, coreId, memberId }: { actor: Actor; coreId: string; memberId: string }) {
  const core = await coreInScope({ actor, coreId });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const member = await tx.member.findFirst({
      where: { id: memberId, status: 'APPROVED', provinceId: core.provinceId },
      include: { user: { select: { roles: true, coreId: true } } },
    });
    if (!member) throw new AppError('NOT_FOUND');
    if (member.coreId === core.id) return;
    if (member.user.roles.includes('CORE_HEAD') && member.coreId) throw new AppError('VALIDATION', 'is head', { fieldErrors: { memberId: ['isHead'] } });
    // Lock the core row so two assignments cannot both take its last place.
    await tx.$queryRaw`SELECT 1 FROM "Core" WHERE "id" = ${core.id}::uuid FOR UPDATE`;
    const size = await tx.member.count({ where: { coreId: core.id } });
    if (size >= core.capacity) throw new AppError('VALIDATION', 'core full', { fieldErrors: { memberId: ['coreFull'] } });
    await tx.member.update({ where: { id: member.id }, data: { coreId: core.id, version: { increment: 1 } } });
    await tx.user.update({ where: { id: member.userId }, data: { coreId: core.id, provinceId: core.provinceId } });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: member.coreId ? 'core.move_member' : 'core.assign_member',
      objectType: 'member',
      objectId: member.id,
      meta: { from: member.coreId, to: core.id },
    });
  });
}
