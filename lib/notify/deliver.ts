import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import type { Notification } from '@/lib/generated/prisma/client';
import { maskAddress } from './mask';
import { providerFor, type Provider } from './providers';

export const MAX_ATTEMPTS = 5;
const CLAIM_TIMEOUT_MS = 5 * 60_000;

export type DeliveryResult = { sent: number; failed: number; retrying: number };

/**
 * Sends what the outbox holds. Rows are claimed first (SKIP LOCKED), so two workers never send the
 * same message, and no transaction stays open while a gateway is slow. A failure is retried up to
 * MAX_ATTEMPTS times; after delivery or giving up, only a masked address is kept.
 */
export async function deliverPending({ limit = 50, now = new Date(), providers }: { limit?: number; now?: Date; providers?: Partial<Record<'SMS' | 'EMAIL', Provider>> } = {}): Promise<DeliveryResult> {
  const db = await getDb();
  const staleClaim = new Date(now.getTime() - CLAIM_TIMEOUT_MS);
  const claimed = await db.$queryRaw<Notification[]>`
    UPDATE "Notification" SET "claimedAt" = ${now}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "Notification"
      WHERE "status" = 'PENDING' AND ("claimedAt" IS NULL OR "claimedAt" < ${staleClaim})
      ORDER BY "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING *`;
  const env = getEnv();
  const result: DeliveryResult = { sent: 0, failed: 0, retrying: 0 };
  for (const n of claimed) {
    const address = n.address ?? '';
    try {
      const provider = providers?.[n.channel] ?? providerFor(n.channel, env);
      await provider.send({ to: address, body: n.body, subject: 'سجام' });
      await db.notification.update({ where: { id: n.id }, data: { status: 'SENT', sentAt: new Date(), claimedAt: null, lastError: null, address: maskAddress(address) } });
      result.sent++;
    } catch (error) {
      const giveUp = n.attempts >= MAX_ATTEMPTS;
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 300);
      await db.notification.update({
        where: { id: n.id },
        data: { status: giveUp ? 'FAILED' : 'PENDING', claimedAt: null, lastError, ...(giveUp ? { address: maskAddress(address) } : {}) },
      });
      if (giveUp) result.failed++;
      else result.retrying++;
    }
  }
  return result;
}

/** The newest messages for the development outbox page. */
export async function listOutbox(limit = 100) {
  const db = await getDb();
  return db.notification.findMany({
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: limit,
    select: { id: true, channel: true, address: true, template: true, body: true, status: true, attempts: true, createdAt: true, sentAt: true },
  });
}

/** Whether /dev/outbox exists here: on by default outside production, only by explicit choice in it. */
export function devOutboxEnabled(env = getEnv()): boolean {
  return env.SAJAM_DEV_OUTBOX ? env.SAJAM_DEV_OUTBOX === 'on' : env.NODE_ENV !== 'production';
}
