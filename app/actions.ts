'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { publicAction } from '@/lib/actions/define-action';
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
