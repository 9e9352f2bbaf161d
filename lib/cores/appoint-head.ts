import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { revokeUserSessions } from '@/lib/auth/revoke-sessions';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { coreInScope } from './core-access';

/** Makes a member of the core its head; the previous head keeps their membership but not the role. */
export async function appointHead({ actor, coreId, memberId }: { actor: Actor; coreId: string; memberId: string }) {
  const core = await coreInScope({ actor, coreId });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    // Serialised per core: two appointments at once cannot leave two heads.
    await tx.$queryRaw`SELECT 1 FROM "Core" WHERE "id" = ${core.id}::uuid FOR UPDATE`;
    const member = await tx.member.findFirst({
      where: { id: memberId, coreId: core.id, status: 'APPROVED' },
      include: { user: { select: { id: true, roles: true } } },
    });
    if (!member) throw new AppError('NOT_FOUND');
    const previous = await tx.user.findMany({
      where: { coreId: core.id, roles: { has: 'CORE_HEAD' }, id: { not: member.userId } },
      select: { id: true, roles: true },
    });
    for (const p of previous) {
      await tx.user.update({ where: { id: p.id }, data: { roles: p.roles.filter((r) => r !== 'CORE_HEAD') } });
      await revokeUserSessions({ userId: p.id, reason: 'roles_changed', actorId: actor.id, tx });
    }
    if (!member.user.roles.includes('CORE_HEAD')) {
      await tx.user.update({ where: { id: member.userId }, data: { roles: [...member.user.roles, 'CORE_HEAD'], coreId: core.id } });
      await revokeUserSessions({ userId: member.userId, reason: 'roles_changed', actorId: actor.id, tx });
    }
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'core.appoint_head',
      objectType: 'core',
      objectId: core.id,
      meta: { memberId: member.id, replaced: previous.length },
    });
  });
}
