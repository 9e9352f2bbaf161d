// Plain JavaScript, loaded by server.mjs and scripts/demo.mjs (Node 20 cannot run TypeScript itself):
// where the server listens, from its flags or the environment, and what URL that makes for the site.

/**
 * `-p`/`--port` or PORT (default 3000), `-H`/`--hostname` or HOST (default: none, all interfaces).
 * @param {readonly string[]} argv
 * @param {Record<string, string | undefined>} env
 * @returns {{ port: number, hostname: string | undefined }}
 */
export function listenAddress(argv, env) {
  const flag = (short, long) => {
    const i = argv.findIndex((a) => a === short || a === long);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const rawPort = flag('-p', '--port') ?? (env.PORT?.trim() || '3000');
  const port = Number(rawPort);
  if (!/^\d+$/.test(rawPort) || port > 65535) throw new Error(`The port must be a number from 0 to 65535, not "${rawPort}"`);
  const hostname = flag('-H', '--hostname') ?? (env.HOST?.trim() || undefined);
  return { port, hostname };
}

/** Every interface: no address given, or 0.0.0.0 / ::. */
export function isWildcard(hostname) {
  return hostname === undefined || hostname === '0.0.0.0' || hostname === '::' || hostname === '[::]';
}

/** The site's URL when the server listens on one address; undefined on every interface (the name clients use is unknown). */
export function siteUrl({ hostname, port }) {
  if (isWildcard(hostname)) return undefined;
  const host = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
  return `http://${host}:${port}`;
}
