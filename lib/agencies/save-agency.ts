import 'server-only';
import { z } from 'zod';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import type { AgencyInput } from './agency-input';

/**
 * Creates an agency (no `agencyId`) or updates one: its names, level (province or national), deadlines,
 * whether it is active, and what it handles (its categories, replaced as a whole) — one transaction,
 * audited. A deactivated agency leaves the referral form and its keys stop working; its referrals and
 * their history stay. The slug is fixed once created (it names the agency in URLs and seed data).
 * Errors: FORBIDDEN (not the administrator), NOT_FOUND, VALIDATION (a taken slug, an unknown category, or
 * a deactivated one the agency did not already handle).
 */
export async function saveAgency({ actor, agencyId, input }: { actor: Actor; agencyId?: string; input: AgencyInput }): Promise<{ id: string }> {
  if (!can(actor, 'agency:manage')) throw new AppError('FORBIDDEN');
  if (agencyId !== undefined && !z.uuid().safeParse(agencyId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const categoryIds = [...new Set(input.categoryIds)];
  // A deactivated category may stay on an agency that already handles it, never be added (issue #15).
  const [known, handled] = await Promise.all([
    db.category.findMany({ where: { id: { in: categoryIds } }, select: { id: true, active: true } }),
    agencyId ? db.agencyCategory.findMany({ where: { agencyId }, select: { categoryId: true } }) : [],
  ]);
  const kept = new Set(handled.map((h) => h.categoryId));
  if (known.length !== categoryIds.length || known.some((c) => !c.active && !kept.has(c.id)))
    throw new AppError('VALIDATION', 'unknown category', { fieldErrors: { categoryIds: ['categories'] } });
  const data = {
    name: input.name,
    nameEn: input.nameEn,
    provinceId: input.provinceId ?? null,
    acknowledgeDays: input.acknowledgeDays ?? null,
    answerDays: input.answerDays ?? null,
    active: input.active,
  };
  try {
    return await db.$transaction(async (tx) => {
      let id: string;
      if (agencyId) {
        const updated = await tx.agency.updateMany({ where: { id: agencyId }, data });
        if (updated.count === 0) throw new AppError('NOT_FOUND');
        id = agencyId;
        await tx.agencyCategory.deleteMany({ where: { agencyId: id } });
      } else id = (await tx.agency.create({ data: { ...data, slug: input.slug }, select: { id: true } })).id;
      await tx.agencyCategory.createMany({ data: categoryIds.map((categoryId) => ({ agencyId: id, categoryId })) });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'agency.saved',
        objectType: 'agency',
        objectId: id,
        meta: { created: !agencyId, categories: categoryIds.length },
      });
      return { id };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', 'slug taken', { fieldErrors: { slug: ['slugTaken'] } });
    throw error;
  }
}
