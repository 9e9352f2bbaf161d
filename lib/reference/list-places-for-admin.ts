import 'server-only';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';

/** Persian alphabetical order (the database's collation may not be Persian). */
const persian = new Intl.Collator('fa');
const byName = (a: { name: string }, b: { name: string }) => persian.compare(a.name, b.name);

/** The 31 provinces for the administrator, in Persian alphabetical order, with how many counties each has. FORBIDDEN to others. */
export async function listProvincesForAdmin({ actor }: { actor: Actor }) {
  if (!can(actor, 'referenceData:manage')) throw new AppError('FORBIDDEN');
  const db = await getDb();
  const provinces = await db.province.findMany({ select: { id: true, code: true, name: true, nameEn: true, _count: { select: { counties: true } } } });
  return provinces.sort(byName);
}

/** One province with its counties (alphabetical) for the spelling forms. NOT_FOUND for an unknown id; FORBIDDEN to others. */
export async function getProvinceForAdmin({ actor, provinceId }: { actor: Actor; provinceId: string }) {
  if (!can(actor, 'referenceData:manage')) throw new AppError('FORBIDDEN');
  if (!/^\d{1,2}$/.test(provinceId)) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const province = await db.province.findUnique({
    where: { id: Number(provinceId) },
    select: { id: true, code: true, name: true, nameEn: true, counties: { select: { id: true, name: true, nameEn: true } } },
  });
  if (!province) throw new AppError('NOT_FOUND');
  return { ...province, counties: province.counties.sort(byName) };
}
