import 'server-only';
import type { CategorySnapshot } from '@/lib/audit/events';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import { invalidateReferenceData } from './reference-data';
import { slugFrom, type CategoryInput } from './reference-input';

const snapshot = { slug: true, name: true, nameEn: true, sortOrder: true, active: true } as const;

/**
 * Creates a category (no `categoryId`) or updates one: names, order, active — one transaction with its
 * `category.saved` audit event (before and after). The slug is the one given or made from the English
 * name (slugFrom) at creation, then fixed: it is the category's Open311 service_code. A deactivated
 * category leaves every form that creates something and is refused on submission; reports keep it.
 * Errors: FORBIDDEN (not the administrator), NOT_FOUND, VALIDATION (a name, English name or slug another
 * category has — names compared as normalized, English names ignoring case; no slug to be made).
 */
export async function saveCategory({ actor, categoryId, input }: { actor: Actor; categoryId?: number; input: CategoryInput }): Promise<{ id: number }> {
  if (!can(actor, 'referenceData:manage')) throw new AppError('FORBIDDEN');
  if (categoryId !== undefined && !(Number.isSafeInteger(categoryId) && categoryId > 0)) throw new AppError('NOT_FOUND');
  const db = await getDb();
  try {
    const saved = await db.$transaction(async (tx) => {
      const before: CategorySnapshot | null = categoryId ? await tx.category.findUnique({ where: { id: categoryId }, select: snapshot }) : null;
      if (categoryId && !before) throw new AppError('NOT_FOUND');
      const slug = before?.slug ?? input.slug ?? slugFrom(input.nameEn);
      if (!slug) throw new AppError('VALIDATION', 'no slug', { fieldErrors: { slug: ['slugNeeded'] } });

      const others = await tx.category.findMany({
        where: {
          ...(categoryId ? { id: { not: categoryId } } : {}),
          OR: [{ name: input.name }, { nameEn: { equals: input.nameEn, mode: 'insensitive' } }, { slug }],
        },
        select: { name: true, nameEn: true, slug: true },
      });
      const fieldErrors: Record<string, string[]> = {};
      if (others.some((o) => o.name === input.name)) fieldErrors.name = ['nameTaken'];
      if (others.some((o) => o.nameEn.toLowerCase() === input.nameEn.toLowerCase())) fieldErrors.nameEn = ['nameEnTaken'];
      if (others.some((o) => o.slug === slug)) fieldErrors.slug = [input.slug ? 'slugTaken' : 'slugFromNameTaken'];
      if (Object.keys(fieldErrors).length) throw new AppError('VALIDATION', 'taken', { fieldErrors });

      const sortOrder = input.sortOrder ?? before?.sortOrder ?? ((await tx.category.aggregate({ _max: { sortOrder: true } }))._max.sortOrder ?? -1) + 1;
      const data = { name: input.name, nameEn: input.nameEn, sortOrder, active: input.active };
      const row = categoryId
        ? await tx.category.update({ where: { id: categoryId }, data, select: { id: true, ...snapshot } })
        : await tx.category.create({ data: { ...data, slug }, select: { id: true, ...snapshot } });
      const { id, ...after } = row;
      await recordAuditEvent(tx, { actorId: actor.id, action: 'category.saved', objectType: 'category', objectId: String(id), meta: { before, after } });
      return { id };
    });
    invalidateReferenceData();
    return saved;
  } catch (error) {
    // Two administrators creating the same slug at once: the unique index decides.
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', 'slug taken', { fieldErrors: { slug: ['slugTaken'] } });
    throw error;
  }
}
