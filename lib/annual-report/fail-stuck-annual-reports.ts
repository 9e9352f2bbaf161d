import 'server-only';
import { getDb } from '@/lib/db/client';

/** A run longer than this is taken for dead (a crashed or restarted server): the 1,000,000-report target is 10 s. */
export const STUCK_AFTER_MS = 15 * 60_000;

/**
 * Marks FAILED ('STUCK') every RUNNING annual report that started more than 15 minutes before `now`, so a server
 * that died mid-run does not leave it "in progress" forever (and blocking new requests for its scope and year).
 * Returns how many it failed.
 */
export async function failStuckAnnualReports({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const db = await getDb();
  const { count } = await db.annualReport.updateMany({
    where: { status: 'RUNNING', startedAt: { lt: new Date(now.getTime() - STUCK_AFTER_MS) } },
    data: { status: 'FAILED', stage: null, activeKey: null, error: 'STUCK', finishedAt: now },
  });
  return count;
}
