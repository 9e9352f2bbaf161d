import 'server-only';
import { getDb, getDbEngine } from '@/lib/db/client';

export type Health = { status: 'ok' | 'degraded'; database: { status: 'up' | 'down'; engine?: string; latencyMs?: number } };

export async function checkHealth(): Promise<Health> {
  const started = performance.now();
  try {
    const db = await getDb();
    await db.$queryRaw`SELECT 1`;
    return { status: 'ok', database: { status: 'up', engine: await getDbEngine(), latencyMs: Math.round(performance.now() - started) } };
  } catch {
    return { status: 'degraded', database: { status: 'down' } };
  }
}
