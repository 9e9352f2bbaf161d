import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';

/**
 * How long the same text from the same person in the same group counts as one sending: a form posted twice (a double
 * tap without JavaScript, where nothing disables the button; a resend after a timeout on a poor line) makes one
 * announcement or post, not two. A break-it review made duplicates by sending a form twice.
 */
export const REPEAT_WINDOW_MS = 2 * 60_000;

/**
 * Locks the group's row for the rest of the transaction, so two sendings at once are checked one after the other
 * (the second finds the first's row). Call before looking for the repeat.
 */
export async function lockGroup(tx: Prisma.TransactionClient, groupId: string): Promise<void> {
  await tx.$executeRaw`SELECT 1 FROM "TrainingGroup" WHERE "id" = ${groupId}::uuid FOR UPDATE`;
}

/** Filter for the same text by the same author in the same group within REPEAT_WINDOW_MS before `now` (announcements and posts). */
export function repeatWhere(o: { groupId: string; authorId: string; body: string; now: Date }) {
  return { groupId: o.groupId, authorId: o.authorId, body: o.body, createdAt: { gt: new Date(o.now.getTime() - REPEAT_WINDOW_MS) } };
}
