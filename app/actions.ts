'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/actions/define-action';
import { logOut as logOutSession } from '@/lib/auth/log-out';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';

const switchLocaleInput = z.object({ locale: z.enum(['fa', 'en']) });

/** Sets the reader's language; it only writes the reader's own cookie, so it needs no permission. */
const switchLocaleAction = publicAction({ namespace: 'common', input: switchLocaleInput }, async ({ input }) => {
  (await cookies()).set(LOCALE_COOKIE, input.locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: true });
  revalidatePath('/', 'layout');
});

/** The header's plain `<form action>` (no state to show): an unknown locale changes nothing. */
export async function switchLocale(formData: FormData): Promise<void> {
  await switchLocaleAction({ ok: false }, formData);
}

const logOut = publicAction({ namespace: 'common', input: z.object({}) }, async () => {
  const jar = await cookies();
  await logOutSession({ cookies: jar });
  // Both names: the cookie is `__Secure-` prefixed when the site is served over https.
  // A `__Secure-` cookie can only be replaced by a Secure one, so each is expired with its own flag.
  for (const name of ['next-auth.session-token', '__Secure-next-auth.session-token'])
    if (jar.has(name)) jar.set(name, '', { path: '/', maxAge: 0, httpOnly: true, sameSite: 'lax', secure: name.startsWith('__Secure-') });
  redirect('/');
});

/** The header's logout button: ends the session row (every copy of the cookie dies) and drops the cookie. */
export async function logOutAction(formData: FormData): Promise<void> {
  await logOut({ ok: false }, formData);
}
