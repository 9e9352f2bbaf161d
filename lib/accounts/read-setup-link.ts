import 'server-only';
import { maskPersonal, decryptField } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { setupTokenHash } from './setup-link';

/** «m•••@example.org»: enough for the person to recognise their address, not to learn someone else's from a forwarded link. */
const maskEmail = (email: string) => `${email.slice(0, 1)}•••${email.slice(email.indexOf('@'))}`;

/** What the setup page may say about a link: whose account (name and masked login identifiers) when it works, else why not. */
export type SetupLinkState =
  { state: 'ok'; name: string; mobile: string | null; email: string | null; expiresAt: Date } | { state: 'expired' | 'used' | 'unknown' };

/**
 * Looks a setup link up by its token (only its HMAC is stored). `used` also covers a link replaced by a
 * newer one and the links of a disabled account; `unknown` a token that never existed.
 */
export async function readSetupLink({ token, now = new Date() }: { token: string; now?: Date }): Promise<SetupLinkState> {
  if (!/^[A-Za-z0-9_-]{20,100}$/.test(token)) return { state: 'unknown' };
  const db = await getDb();
  const row = await db.accountSetupToken.findUnique({
    where: { tokenHash: setupTokenHash(token) },
    select: { usedAt: true, expiresAt: true, user: { select: { name: true, mobileEnc: true, email: true, status: true } } },
  });
  if (!row) return { state: 'unknown' };
  if (row.usedAt || row.user.status !== 'ACTIVE') return { state: 'used' };
  if (row.expiresAt <= now) return { state: 'expired' };
  const { name, mobileEnc, email } = row.user;
  return {
    state: 'ok',
    name,
    mobile: mobileEnc ? maskPersonal('mobile', decryptField('mobile', mobileEnc)) : null,
    email: email ? maskEmail(email) : null,
    expiresAt: row.expiresAt,
  };
}
