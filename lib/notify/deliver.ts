import 'server-only';
import { getDb } from '@/lib/db/client';
import { getEnv } from '@/lib/env';
import type { Notification } from '@/lib/generated/prisma/client';
import { providerFor, type Provider } from './providers';
import { maskAddress } from './mask';
import { keptAddress, REDACTED, redactBody, SECRET_TEMPLATES } from './templates';

export const MAX_ATTEMPTS = 5;
/** One-time codes and setup links go out before anything else waiting: a person is at the screen, waiting for
 * them, and they expire in minutes, whereas a backlog of status messages (thousands after a deadline sweep) can
 * wait its turn. */
const SECRET_TEMPLATE_NAMES = Object.keys(SECRET_TEMPLATES);
const CLAIM_TIMEOUT_MS = 5 * 60_000;

export type DeliveryResult = { sent: number; failed: number; retrying: number };

/**
 * Sends what the outbox holds. Rows are claimed first (SKIP LOCKED), so two workers never send the
 * same message, and no transaction stays open while a gateway is slow. A failure is retried up to
 * MAX_ATTEMPTS times. One-time codes and setup links go first, then the rest oldest first. After delivery or
 * giving up, only a masked address is kept (none for a reporter's status mobile: UNADDRESSED_TEMPLATES), and a
 * secret in the text (a one-time code) is blanked. A secret past its lifetime is blanked whatever happened to it.
 */
export async function deliverPending({
  limit = 50,
  now = new Date(),
  providers,
}: { limit?: number; now?: Date; providers?: Partial<Record<'SMS' | 'EMAIL', Provider>> } = {}): Promise<DeliveryResult> {
  const db = await getDb();
  const staleClaim = new Date(now.getTime() - CLAIM_TIMEOUT_MS);
  const claimed = await db.$queryRaw<Notification[]>`
    UPDATE "Notification" SET "claimedAt" = ${now}, "attempts" = "attempts" + 1
    WHERE "id" IN (
      SELECT "id" FROM "Notification"
      WHERE "status" = 'PENDING' AND ("claimedAt" IS NULL OR "claimedAt" < ${staleClaim})
      ORDER BY "template" = ANY(${SECRET_TEMPLATE_NAMES}) DESC, "createdAt" LIMIT ${limit} FOR UPDATE SKIP LOCKED)
    RETURNING *`;
  const env = getEnv();
  const result: DeliveryResult = { sent: 0, failed: 0, retrying: 0 };
  for (const n of claimed) {
    const address = n.address ?? '';
    try {
      const provider = providers?.[n.channel] ?? providerFor(n.channel, env);
      await provider.send({ to: address, body: n.body, subject: 'سجام' });
      // The development `log` provider delivers nothing: the row is the message (/dev/outbox), so its
      // secret stays readable until it expires (eraseExpiredSecrets) and the demo can show the code.
      // Likewise its masked address stays, even a reporter's (the demo's outbox stands for their phone).
      const kept =
        provider.name === 'log' ? { address: maskAddress(address) } : { body: redactBody(n.template, n.body), address: keptAddress(n.template, address) };
      await db.notification.update({
        where: { id: n.id },
        data: { status: 'SENT', sentAt: new Date(), claimedAt: null, lastError: null, ...kept },
      });
      result.sent++;
    } catch (error) {
      const giveUp = n.attempts >= MAX_ATTEMPTS;
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 300);
      await db.notification.update({
        where: { id: n.id },
        data: {
          status: giveUp ? 'FAILED' : 'PENDING',
          claimedAt: null,
          lastError,
          ...(giveUp ? { address: keptAddress(n.template, address), body: redactBody(n.template, n.body) } : {}),
        },
      });
      if (giveUp) result.failed++;
      else result.retrying++;
    }
  }
  await eraseExpiredSecrets({ now });
  return result;
}

/**
 * Blanks every secret older than its lifetime (SECRET_TEMPLATES) and gives up on such messages that
 * were never sent: a one-time code that arrives after it expired is of no use to anyone.
 * @returns how many rows were changed
 */
export async function eraseExpiredSecrets({ now = new Date() }: { now?: Date } = {}): Promise<number> {
  const db = await getDb();
  let changed = 0;
  for (const [template, secret] of Object.entries(SECRET_TEMPLATES)) {
    const cutoff = new Date(now.getTime() - secret.ttlMinutes * 60_000);
    const rows = await db.notification.findMany({
      where: { template, createdAt: { lt: cutoff }, NOT: { body: { contains: REDACTED } } },
      select: { id: true, body: true, status: true, address: true, template: true },
      take: 1000,
    });
    for (const row of rows) {
      const expired =
        row.status === 'PENDING'
          ? { status: 'FAILED' as const, lastError: 'expired before delivery', claimedAt: null, address: keptAddress(row.template, row.address) }
          : {};
      await db.notification.update({ where: { id: row.id }, data: { body: secret.redact(row.body), ...expired } });
      changed++;
    }
  }
  return changed;
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
