'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { failure, formValues, type ActionState } from '@/lib/actions/action-state';
import { requireActor } from '@/lib/auth/session';
import { appointHead, assignMember, createCore } from '@/lib/cores/cores';

export async function createCoreAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  const values = formValues(formData);
  try {
    await createCore(await requireActor(), Object.fromEntries(formData));
    revalidatePath('/cores');
    return { ok: true };
  } catch (error) {
    return failure(error, 'cores', values);
  }
}

const memberMove = z.object({ coreId: z.uuid(), memberId: z.uuid(), move: z.enum(['assign', 'appoint']) });

/** Assigns (or moves) a member into a core, or appoints them its head; lib/cores checks scope and rules. */
export async function memberMoveAction(_previous: ActionState, formData: FormData): Promise<ActionState> {
  try {
    const { move, ...target } = memberMove.parse(Object.fromEntries(formData));
    await (move === 'assign' ? assignMember : appointHead)(await requireActor(), target);
    revalidatePath('/cores');
    return { ok: true };
  } catch (error) {
    return failure(error, 'cores');
  }
}
