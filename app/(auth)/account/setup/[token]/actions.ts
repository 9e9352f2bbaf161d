'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { setPasswordWithLink } from '@/lib/accounts/set-password-with-link';
import { publicAction } from '@/lib/actions/define-action';

const setupInput = z.object({
  token: z.string().max(200),
  password: z.string({ error: 'passwordShort' }).min(10, 'passwordShort').max(256, 'passwordLong'),
});

/** Sets the password with a one-time setup link (lib/accounts/set-password-with-link.ts), then on to /login. */
export const setupPasswordAction = publicAction({ namespace: 'accountSetup', input: setupInput, omit: ['password', 'token'] }, async ({ input }) => {
  await setPasswordWithLink(input);
  redirect('/login?reset=done');
});
