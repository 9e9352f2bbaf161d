'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { assignReport } from '@/lib/reports/assign-report';
import { revealIdentity } from '@/lib/reports/reveal-identity';
import { transitionReport } from '@/lib/workflow/transition-report';
import { WORKFLOW_ACTIONS } from '@/lib/workflow/transitions';

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

const transitionSchema = z.object({
  reportId: z.uuid(),
  action: z.enum(WORKFLOW_ACTIONS),
  version: z.coerce.number().int().positive(),
  publicNote: z.preprocess(blank, z.string().trim().max(2000, 'noteLong').optional()),
  internalNote: z.preprocess(blank, z.string().trim().max(2000, 'noteLong').optional()),
  agencyId: z.preprocess(blank, z.uuid('agencyRequired').optional()),
  resolution: z.preprocess(blank, z.enum(['RESOLVED', 'UNRESOLVED'], { error: 'resolutionRequired' }).optional()),
  confirmed: z.preprocess((v) => v === 'on', z.boolean()),
  duplicateOf: z.preprocess(blank, z.string().trim().max(40, 'duplicateOfUnknown').optional()),
});

/** A reviewer's (or agency's) decision. Authorization and the workflow rules are checked in lib/workflow, not here. */
export const transitionAction = authedAction(null, { namespace: 'review', input: transitionSchema, done: 'done' }, async ({ actor, input }) => {
  await transitionReport({ actor, ...input });
  revalidatePath(`/reports/${input.reportId}`);
});

/** A reviewer asks who sent the report; lib/reports/reveal-identity checks scope and audits the reveal. */
export const revealIdentityAction = authedAction(null, { namespace: 'review', input: z.object({ reportId: z.uuid() }) }, ({ actor, input }) =>
  revealIdentity({ actor, reportId: input.reportId }),
);

/** Who works on the case; lib/reports/assign-report checks the stage, the scope and the assignee. */
export const assignAction = authedAction(
  null,
  {
    namespace: 'review',
    input: z.object({ reportId: z.uuid(), assigneeId: z.preprocess(blank, z.uuid('assignee').nullable().default(null)) }),
    done: 'assign.done',
  },
  async ({ actor, input }) => {
    await assignReport({ actor, reportId: input.reportId, assigneeId: input.assigneeId });
    revalidatePath(`/reports/${input.reportId}`);
  },
);
