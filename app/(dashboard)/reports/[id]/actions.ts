'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { optionalText } from '@/lib/text/schema';
import { authedAction, PartlyDone } from '@/lib/actions/define-action';
import { assignReport } from '@/lib/reports/assign-report';
import { authorCaseForm, authorCaseInput } from '@/lib/reports/author-case-form';
import { currentLocale } from '@/lib/i18n/current-locale';
import { uploadedFiles } from '@/lib/reports/report-input';
import { revealIdentity } from '@/lib/reports/reveal-identity';
import { transitionReport } from '@/lib/workflow/transition-report';
import { WORKFLOW_ACTIONS } from '@/lib/workflow/transitions';
import { moveReferral } from '@/lib/workflow/move-referral';
import { dismissAppeal } from '@/lib/agencies/decide-appeal';
import { REFERRAL_ACTIONS } from '@/lib/workflow/referral-transitions';
import { publishOutcomeForm, publishOutcomeInput } from '@/lib/outcomes/publish-outcome-form';

const blank = (v: unknown) => (v === '' || v === null ? undefined : v);

const transitionSchema = z.object({
  reportId: z.uuid(),
  action: z.enum(WORKFLOW_ACTIONS),
  version: z.coerce.number().int().positive(),
  publicNote: optionalText({ max: 2000, tooLong: 'noteLong' }),
  internalNote: optionalText({ max: 2000, tooLong: 'noteLong' }),
  agencyIds: z.array(z.uuid('agencyRequired')).max(20, 'agencyRequired').default([]),
  coveringNote: optionalText({ max: 3000, tooLong: 'noteLong' }),
  confirmed: z.preprocess((v) => v === 'on', z.boolean()),
  duplicateOf: z.preprocess(blank, z.string().trim().max(40, 'duplicateOfUnknown').optional()),
});

/** A reviewer's (or agency's) decision. Authorization and the workflow rules are checked in lib/workflow, not here. */
// Ticked agencies come as repeated `agencyIds` fields.
const transitionInput = (formData: FormData) => transitionSchema.safeParse({ ...Object.fromEntries(formData), agencyIds: formData.getAll('agencyIds') });

export const transitionAction = authedAction(null, { namespace: 'review', input: transitionInput, done: 'done' }, async ({ actor, input }) => {
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

const referralSchema = z.object({
  referralId: z.uuid(),
  action: z.enum(REFERRAL_ACTIONS),
  version: z.coerce.number().int().positive(),
  note: z.preprocess(blank, z.string().max(5000, 'noteLong').optional()),
  resolution: z.preprocess(blank, z.enum(['RESOLVED', 'UNRESOLVED'], { error: 'resolutionRequired' }).optional()),
  outcome: z.preprocess(blank, z.enum(['FIXED', 'NO_FURTHER_ACTION']).optional()),
  confirmed: z.preprocess((v) => v === 'on', z.boolean()),
});

/**
 * A move on one referral, by the agency's liaison (portal) or the national office (report page); the
 * referral table and who may make each move are checked in lib/workflow/move-referral.ts, not here.
 */
export const moveReferralAction = authedAction(null, { namespace: 'agency', input: referralSchema, done: 'moved' }, async ({ actor, input, formData }) => {
  const files = formData.getAll('files').filter((f): f is File => typeof f !== 'string' && f.size > 0);
  const moved = await moveReferral({ by: { kind: 'person', actor }, ...input, files });
  revalidatePath(`/agency/referrals/${moved.referralId}`);
  revalidatePath('/reports/[id]', 'page');
});

/** The national office dismisses a reporter's open appeal, with a note (lib/agencies/decide-appeal.ts checks who and when). */
export const dismissAppealAction = authedAction(
  null,
  { namespace: 'agency', input: z.object({ reportId: z.uuid(), note: z.string().max(3000, 'noteLong') }), done: 'moved' },
  async ({ actor, input }) => {
    await dismissAppeal({ actor, reportId: input.reportId, note: input.note });
    revalidatePath(`/reports/${input.reportId}`);
  },
);

/**
 * A member on their own report: answer, add information, withdraw — /track's actions, identified by the
 * account (lib/reports/reporter-key.ts), never by a code.
 */
export const authorCaseAction = authedAction(null, { namespace: 'track', input: authorCaseInput }, async ({ actor, input, formData }) => {
  const answer = await authorCaseForm({ actor, input, files: uploadedFiles(formData), locale: await currentLocale() });
  revalidatePath(`/reports/${input.reportId}`);
  return answer;
});

/** Preview or publish a closed case's outcome (issue #16); lib/outcomes/publish-outcome-form.ts decides which and checks everything. */
export const publishOutcomeAction = authedAction(null, { namespace: 'publishOutcome', input: publishOutcomeInput }, async ({ actor, input }) => {
  const answer = await publishOutcomeForm({ actor, input, locale: await currentLocale() });
  if (!(answer instanceof PartlyDone) && answer.published) revalidatePath(`/reports/${input.reportId}`);
  return answer;
});

const unpublishSchema = z.object({
  reportId: z.uuid(),
  version: z.coerce.number().int().positive(),
  internalNote: optionalText({ max: 2000, tooLong: 'noteLong' }),
  confirmed: z.preprocess((v) => v === 'on', z.boolean()),
});

/** Take a published outcome off the public pages, with a reason for the staff (the workflow's unpublish move). */
export const unpublishOutcomeAction = authedAction(
  null,
  { namespace: 'publishOutcome', input: unpublishSchema, done: 'unpublished' },
  async ({ actor, input }) => {
    await transitionReport({ actor, ...input, action: 'unpublish' });
    revalidatePath(`/reports/${input.reportId}`);
  },
);
