// The integration tests' one fixture: the app's own client on the run's fresh database, seeded once.
import { getDb } from '@/lib/db/client';
import { seed } from '@/prisma/seed';

let seeded: Promise<void> | undefined;

export async function seededDb() {
  const db = await getDb();
  seeded ??= seed(db, { demo: true });
  await seeded;
  return db;
}

export const uniqueSuffix = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
