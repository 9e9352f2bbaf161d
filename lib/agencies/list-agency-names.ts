import 'server-only';
import { getDb } from '@/lib/db/client';

/** Every agency's name, for filters (active or not: old referrals may be to an agency since deactivated). */
export async function listAgencyNames(): Promise<{ id: string; name: string; nameEn: string; active: boolean }[]> {
  const db = await getDb();
  return db.agency.findMany({ orderBy: { name: 'asc' }, select: { id: true, name: true, nameEn: true, active: true } });
}
