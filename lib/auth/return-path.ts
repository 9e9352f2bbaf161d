// Where to send someone after login (`?next=`). The one place that decides it, because every
// hand-written prefix check missed a browser quirk: tabs and newlines are dropped by the URL parser
// (`/%09/evil.example` became `//evil.example`), backslashes count as slashes, dot segments collapse
// (`/.//evil.example`), and raw non-ASCII in a Location header made the redirect a 500.
const FALLBACK = '/dashboard';
// A placeholder origin: the value is resolved against it, and only a result on the same origin is kept.
const BASE = 'https://sajam.invalid';

/**
 * A same-site path, percent-encoded and safe to put in a Location header, or `/dashboard`.
 * Accepts only values that start with one `/`, resolve to this site, and do not start with `//` after
 * resolving (which a browser would read as another host).
 */
export function safeReturnPath(next: string | undefined | null): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.length > 2048) return FALLBACK;
  let url: URL;
  try {
    url = new URL(next, BASE);
  } catch {
    return FALLBACK;
  }
  if (url.origin !== BASE) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (!path.startsWith('/') || path.startsWith('//') || path.includes('\\')) return FALLBACK;
  // Resolving the result again must land on the same path (no second interpretation is possible).
  const again = new URL(path, BASE);
  return again.origin === BASE && `${again.pathname}${again.search}${again.hash}` === path ? path : FALLBACK;
}
