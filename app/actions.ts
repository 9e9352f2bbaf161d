'use server';

import { cookies } from 'next/headers';
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';

const switchLocaleSchema = z.object({ locale: z.enum(['fa', 'en']) });

/** Sets the reader's language; it only writes the reader's own cookie, so it needs no permission. */
export async function switchLocale(formData: FormData): Promise<void> {
  const parsed = switchLocaleSchema.safeParse({ locale: formData.get('locale') });
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data.locale, { path: '/', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax', httpOnly: true });
  revalidatePath('/', 'layout');
}
