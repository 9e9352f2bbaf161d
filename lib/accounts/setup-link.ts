import 'server-only';
import { createHmac, randomBytes } from 'node:crypto';
import { deriveKey } from '@/lib/crypto/keys';
import type { Prisma } from '@/lib/generated/prisma/client';
import { enqueueNotification } from '@/lib/notify/outbox';
import { SETUP_LINK_HOURS, SETUP_PATH } from './setup-link-policy';

/** 32 random bytes, base64url (43 characters): unguessable, so the page needs no rate limit of its own. */
const newToken = () => randomBytes(32).toString('base64url');

/** What is stored of a token: an HMAC-SHA256 under a key derived for this purpose (a database dump holds no working link). */
export function setupTokenHash(token: string): string {
  return createHmac('sha256', deriveKey('account-setup')).update(token).digest('base64url');
}

/**
 * Makes a new one-time link for an account and queues it to every address the account has (SMS and
 * e-mail, through the outbox, in the caller's transaction), replacing any unused earlier link.
 * Returns the path with the token: only the command-line `admin:create` shows it, to the operator who
 * is that first administrator; no page ever does.
 */
export async function issueSetupLink(
  tx: Prisma.TransactionClient,
  { userId, now = new Date() }: { userId: string; now?: Date },
): Promise<{ path: string; expiresAt: Date }> {
  await tx.accountSetupToken.updateMany({ where: { userId, usedAt: null }, data: { usedAt: now } });
  const token = newToken();
  const expiresAt = new Date(now.getTime() + SETUP_LINK_HOURS * 3_600_000);
  const { id } = await tx.accountSetupToken.create({ data: { userId, tokenHash: setupTokenHash(token), expiresAt }, select: { id: true } });
  const path = `${SETUP_PATH}${token}`;
  await enqueueNotification(tx, { userId }, 'account.setup', { path, hours: SETUP_LINK_HOURS }, `account-setup:${id}`);
  return { path, expiresAt };
}
