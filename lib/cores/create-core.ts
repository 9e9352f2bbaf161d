import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import { requireManager } from './core-access';
import type { CoreInput } from './core-input';

/** A new core in a county of the manager's province (the form is parsed by the action with coreInputSchema). */
export async function createCore({ actor, input }: { actor: Actor; input: CoreInput }) {
  requireManager(actor);
  const db = await getDb();
  const county = await db.county.findUnique({ where: { id: input.countyId }, select: { id: true, provinceId: true } });
  if (!county || !can(actor, 'core:manage', { provinceId: county.provinceId }))
    throw new AppError('VALIDATION', 'county outside scope', { fieldErrors: { countyId: ['county'] } });
  try {
    return await db.$transaction(async (tx) => {
      const core = await tx.core.create({
        data: { name: input.name, area: input.area ?? null, capacity: input.capacity, provinceId: county.provinceId, countyId: county.id },
      });
      await recordAuditEvent(tx, { actorId: actor.id, action: 'core.create', objectType: 'core', objectId: core.id });
      return core;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', 'name taken', { fieldErrors: { name: ['nameTaken'] } });
    throw error;
  }
}
