'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/actions/define-action';
import { parseSettingsForm } from '@/lib/settings/registry';
import { updateSettings } from '@/lib/settings/update-settings';

/** Saves the settings form, or resets the one value whose button was pressed; lib/settings/update-settings.ts checks who may. */
export const updateSettingsAction = authedAction(
  'settings:manage',
  { namespace: 'adminSettings', input: parseSettingsForm, done: 'saved' },
  async ({ actor, input }) => {
    await updateSettings({ actor, ...input });
    revalidatePath('/admin/settings');
  },
);
