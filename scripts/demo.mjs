// npm run demo [-- -p PORT] [-- -H HOST]: migrates and seeds the embedded database, builds, then starts
// server.mjs with the demo's settings. The demo's passwords are public and /dev/outbox shows every
// one-time code, so it listens on 127.0.0.1 unless HOST or -H names another address (0.0.0.0: every
// interface). Each step prints its start and its time: the first run takes minutes (README).
import { spawn } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { isWildcard, listenAddress, siteUrl } from '../lib/http/listen-address.mjs';

/**
 * What the demo adds to the environment of server.mjs. NEXTAUTH_URL (login and logout redirects) is
 * the address the server listens on, unless set; on every interface the name clients use is unknown,
 * so next-auth takes the site's address from each request instead (AUTH_TRUST_HOST).
 * @param {readonly string[]} argv @param {Record<string, string | undefined>} env
 */
export function demoSettings(argv, env) {
  const { port, hostname = '127.0.0.1' } = listenAddress(argv, env);
  const url = siteUrl({ hostname, port });
  /** @type {Record<string, string>} */
  const settings = { HOST: hostname, PORT: String(port), SAJAM_DEV_OUTBOX: env.SAJAM_DEV_OUTBOX ?? 'on' };
  if (!env.NEXTAUTH_URL) {
    if (url) settings.NEXTAUTH_URL = url;
    else settings.AUTH_TRUST_HOST = 'true';
  }
  return { port, hostname, settings };
}

const STEPS = [
  // npm ci makes the client (postinstall); a checkout whose node_modules came another way has none (a break-it review).
  { script: 'prisma:generate', what: 'generate the database client (lib/generated/prisma, 3 s)' },
  { script: 'db:migrate', what: 'migrate the embedded database (.data/pglite)' },
  { script: 'db:seed', what: 'seed provinces, categories, demo accounts and reports' },
  { script: 'build', what: 'build the production bundle (the longest step)' },
];

const seconds = (from) => Math.round((performance.now() - from) / 1000);
const say = (line) => console.log(`\n[demo ${seconds(0)} s] ${line}`);

function run(script) {
  return new Promise((resolve, reject) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code, signal) => (code === 0 ? resolve() : reject(new Error(`npm run ${script} failed (${signal ?? `exit ${code}`})`))));
  });
}

async function answers(url) {
  for (let i = 0; i < 600; i++) {
    if (
      await fetch(`${url}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      return true;
    await new Promise((r) => setTimeout(r, 250));
  }
  return false;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { port, hostname, settings } = demoSettings(process.argv, process.env);
  const total = STEPS.length + 1;
  for (const [index, step] of STEPS.entries()) {
    const started = performance.now();
    say(`step ${index + 1}/${total}: ${step.what} …`);
    const ticker = setInterval(() => say(`step ${index + 1}/${total} still running (${seconds(started)} s)`), 30_000);
    try {
      await run(step.script);
    } catch (error) {
      console.error(`\n[demo] ${error instanceof Error ? error.message : error}`);
      process.exit(1);
    } finally {
      clearInterval(ticker);
    }
    say(`step ${index + 1}/${total} done in ${seconds(started)} s`);
  }

  say(`step ${total}/${total}: start the server on ${isWildcard(hostname) ? `every interface, port ${port}` : `${hostname}:${port}`} …`);
  Object.assign(process.env, settings);
  // In this process, so Ctrl-C reaches server.mjs's own shutdown. It reads -p/-H from the same argv.
  await import('../server.mjs');
  const local = siteUrl({ hostname, port }) ?? `http://127.0.0.1:${port}`;
  if (await answers(local)) {
    say(`Sajam answers at ${local} (${seconds(0)} s after the start). Demo password: sajam-demo-1405; sent SMS and e-mail: ${local}/dev/outbox`);
    if (isWildcard(hostname)) say('Listening on every interface: anyone who can reach this machine sees the demo accounts and /dev/outbox.');
  }
}
