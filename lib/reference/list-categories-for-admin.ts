import 'server-only';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/** Every category for the administrator, in the forms' order: names, slug, order, active, how many reports name it. FORBIDDEN to others. */
export async function listCategoriesForAdmin({ actor }: { actor: Actor }) {
  if (!can(actor, 'referenceData:manage')) throw new AppError('FORBIDDEN');
  const db = await getDb();
  return db.category.findMany({
    orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }],
    select: { id: true, slug: true, name: true, nameEn: true, sortOrder: true, active: true, _count: { select: { reports: true } } },
  });
}

/** One category for its edit page. NOT_FOUND for an unknown id; FORBIDDEN to others. */
export async function getCategoryForAdmin({ actor, categoryId }: { actor: Actor; categoryId: string }) {
  if (!can(actor, 'referenceData:manage')) throw new AppError('FORBIDDEN');
  const id = Number(categoryId);
  if (!/^\d{1,9}$/.test(categoryId) || id < 1) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const category = await db.category.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, nameEn: true, sortOrder: true, active: true, _count: { select: { reports: true } } },
  });
  if (!category) throw new AppError('NOT_FOUND');
  return category;
}
