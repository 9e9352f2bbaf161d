'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { parseAccountForm } from '@/lib/accounts/account-input';
import { createStaffAccount } from '@/lib/accounts/create-staff-account';
import { sendSetupLink } from '@/lib/accounts/send-setup-link';
import { setAccountStatus } from '@/lib/accounts/set-account-status';
import { updateStaffAccount } from '@/lib/accounts/update-staff-account';
import { authedAction } from '@/lib/actions/define-action';
import { AppError } from '@/lib/errors';
import { kickDelivery } from '@/lib/notify/kick';

const userIdOf = (formData: FormData) => String(formData.get('userId') ?? '');

/** Creates a staff account and sends its setup link (lib/accounts/create-staff-account.ts); opens the new account's page. */
export const createAccountAction = authedAction('account:manage', { namespace: 'adminAccounts', input: parseAccountForm }, async ({ actor, input }) => {
  const { id } = await createStaffAccount({ actor, input });
  kickDelivery();
  revalidatePath('/admin/accounts');
  redirect(`/admin/accounts/${id}?created=1`);
});

/** Saves a staff account's name, contacts, roles and scope (lib/accounts/update-staff-account.ts). */
export const updateAccountAction = authedAction(
  'account:manage',
  { namespace: 'adminAccounts', input: parseAccountForm, done: 'saved' },
  async ({ actor, input, formData }) => {
    await updateStaffAccount({ actor, userId: userIdOf(formData), input });
    revalidatePath('/admin/accounts');
  },
);

const statusInput = z.object({ userId: z.string(), status: z.enum(['ACTIVE', 'DISABLED']), confirmed: z.literal('on').optional() });

/** Disables (after the tick) or re-enables a staff account (lib/accounts/set-account-status.ts). */
export const setAccountStatusAction = authedAction('account:manage', { namespace: 'adminAccounts', input: statusInput }, async ({ actor, input }) => {
  if (input.status === 'DISABLED' && !input.confirmed) throw new AppError('VALIDATION', 'not confirmed', { fieldErrors: { confirmed: ['confirm'] } });
  await setAccountStatus({ actor, userId: input.userId, status: input.status });
  revalidatePath(`/admin/accounts/${input.userId}`);
  redirect(`/admin/accounts/${input.userId}?status=${input.status === 'DISABLED' ? 'disabled' : 'enabled'}`);
});

/** Sends a new one-time password link (lib/accounts/send-setup-link.ts). */
export const sendSetupLinkAction = authedAction(
  'account:manage',
  { namespace: 'adminAccounts', input: z.object({ userId: z.string() }), done: 'linkSent' },
  async ({ actor, input }) => {
    await sendSetupLink({ actor, userId: input.userId });
    kickDelivery();
  },
);
