'use server';

import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { publicAction } from '@/lib/actions/define-action';
import { logIn, loginInput } from '@/lib/auth/log-in';
import { safeReturnPath } from '@/lib/auth/return-path';

/**
 * Logs in with or without JavaScript: the same Persian field errors and kept identifier either way (the
 * password is never sent back), then on to `next` through the one return-path function.
 */
export const loginAction = publicAction({ namespace: 'login', input: loginInput, omit: ['password'] }, async ({ input, rateKey }) => {
  const cookie = await logIn({ identifier: input.identifier, password: input.password, clientKey: rateKey });
  (await cookies()).set(cookie.name, cookie.value, cookie.options);
  redirect(safeReturnPath(input.next));
});
