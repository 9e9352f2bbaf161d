'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authedAction } from '@/lib/actions/define-action';
import { parseAgencyForm } from '@/lib/agencies/agency-input';
import { saveAgency } from '@/lib/agencies/save-agency';

/** Creates or updates an agency; lib/agencies/save-agency.ts checks who may, in one transaction. A new one opens its page. */
export const saveAgencyAction = authedAction(
  'agency:manage',
  { namespace: 'adminAgencies', input: parseAgencyForm, done: 'saved' },
  async ({ actor, input, formData }) => {
    const agencyId = formData.get('agencyId');
    const { id } = await saveAgency({ actor, agencyId: typeof agencyId === 'string' && agencyId ? agencyId : undefined, input });
    revalidatePath('/admin/agencies');
    if (!agencyId) redirect(`/admin/agencies/${id}`);
  },
);
