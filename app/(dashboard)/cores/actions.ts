'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { appointHead } from '@/lib/cores/appoint-head';
import { assignMember } from '@/lib/cores/assign-member';
import { coreInputSchema } from '@/lib/cores/core-input';
import { createCore } from '@/lib/cores/create-core';

/** A new core; lib/cores checks that the county is in the manager's province and the name is free. */
export const createCoreAction = authedAction('core:manage', { namespace: 'cores', input: coreInputSchema }, async ({ actor, input }) => {
  await createCore({ actor, input });
  revalidatePath('/cores');
});

const memberMove = z.object({ coreId: z.uuid(), memberId: z.uuid(), move: z.enum(['assign', 'appoint']) });

/** Assigns (or moves) a member into a core, or appoints them its head; lib/cores checks scope and rules. */
export const memberMoveAction = authedAction('core:manage', { namespace: 'cores', input: memberMove }, async ({ actor, input: { move, ...target } }) => {
  await (move === 'assign' ? assignMember : appointHead)({ actor, ...target });
  revalidatePath('/cores');
});
