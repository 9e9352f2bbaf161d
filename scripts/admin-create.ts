// npm run admin:create [-- --recover] — the first administrator of a new deployment (issue #15).
//
// Asks for a name, a mobile and/or an e-mail address (or reads SAJAM_ADMIN_NAME, SAJAM_ADMIN_MOBILE,
// SAJAM_ADMIN_EMAIL, e.g. in CI), creates the account with no password, queues the one-time setup link
// to its addresses and prints it: open it and choose the password. No password is ever typed here or
// stored by default. Refused while an active administrator exists, unless --recover. With the embedded
// database, stop the server first (PGlite serves one process at a time).
import { createInterface } from 'node:readline/promises';
import { z } from 'zod';
import { accountInput } from '@/lib/accounts/account-input';
import { createFirstAdmin } from '@/lib/accounts/create-first-admin';
import { SETUP_LINK_HOURS } from '@/lib/accounts/setup-link-policy';
import { closeDb } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { siteLink } from '@/lib/notify/templates';

async function ask(): Promise<Record<string, string | undefined>> {
  const fromEnv = { name: process.env.SAJAM_ADMIN_NAME, mobile: process.env.SAJAM_ADMIN_MOBILE, email: process.env.SAJAM_ADMIN_EMAIL };
  if (fromEnv.name || !process.stdin.isTTY) return fromEnv;
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return {
      name: await rl.question('Name (as colleagues will see it): '),
      mobile: await rl.question('Mobile (09…; Enter to skip): '),
      email: await rl.question('E-mail (Enter to skip): '),
    };
  } finally {
    rl.close();
  }
}

try {
  const parsed = accountInput.safeParse({ ...(await ask()), roles: ['ADMIN'] });
  if (!parsed.success) {
    const fields = Object.entries(z.flattenError(parsed.error).fieldErrors).map(([field, keys]) => `${field}: ${keys?.join(', ')}`);
    console.error(`admin:create: invalid input (${fields.join('; ')}). A name of 2+ characters and a mobile (09…) or an e-mail address are needed.`);
    process.exitCode = 1;
  } else {
    const { id, setupPath } = await createFirstAdmin({ input: parsed.data, recover: process.argv.includes('--recover') });
    const link = siteLink(setupPath);
    console.log(`Administrator created (${id}).`);
    console.log(`Set the password within ${SETUP_LINK_HOURS} hours with this one-time link (also sent to the account's mobile/e-mail):`);
    console.log(link.startsWith('/') ? `  <your site's address>${link}   (set NEXTAUTH_URL to print it whole)` : `  ${link}`);
  }
} catch (error) {
  if (isAppError(error)) {
    console.error(`admin:create: ${error.code === 'VALIDATION' ? JSON.stringify(error.fieldErrors) : error.message}`);
    process.exitCode = error.code === 'CONFLICT' ? 2 : 1;
  } else throw error;
} finally {
  await closeDb();
}
