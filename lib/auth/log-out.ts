import 'server-only';
import { revokeUserSessions } from './revoke-sessions';
import { readSessionToken } from './session-cookie';

type CookieList = { getAll(): { name: string; value: string }[] };

/** Ends the session the cookie names (its row is revoked, so every copy of the cookie is dead). */
export async function logOut({ cookies }: { cookies: CookieList }): Promise<void> {
  const token = await readSessionToken(cookies).catch(() => null);
  if (token?.sub && token.sid) await revokeUserSessions({ userId: token.sub, sessionId: token.sid, reason: 'logout' });
}
