import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Actor } from '@/lib/authz';
import { PartlyDone } from '@/lib/actions/define-action';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { getSettings } from '@/lib/settings/get-settings';
import { deadlinePolicy } from '@/lib/workflow/deadlines';
import type { Locale } from '@/lib/i18n/format';
import { replyAsReporter } from './reply-as-reporter';
import { authorSelect, toAuthorView } from './report-views';
import { formatAuthorView, type TrackView } from './track-form';
import { withdrawReport } from './withdraw-report';
import { rateAnswer } from './rate-answer';

/** A member's own report page as the author panel draws it: /track's view without the code. */
export type AuthorCaseView = Omit<TrackView, 'code'>;

/** The member's forms on their own report page (/reports/<id>): answer or add information, withdraw, rate the answer. */
export const authorCaseInput = z.object({
  intent: z.enum(['reply', 'withdraw', 'rate']),
  reportId: z.uuid(),
  satisfied: z.enum(['yes', 'no', '']).catch(''),
  comment: z.string().catch(''),
  body: z.string().catch(''),
  reason: z.string().catch(''),
  replyToken: z.uuid().optional().catch(undefined),
});

/**
 * /track's reporter actions for a member in their account: the same use cases (replyAsReporter,
 * withdrawReport), the report identified by the account (reporter-key.ts), never by a code. Answers
 * with the updated author view; a refused reply or withdrawal still shows the report (PartlyDone).
 */
export async function authorCaseForm({
  actor,
  input,
  files,
  locale,
}: {
  actor: Actor;
  input: z.infer<typeof authorCaseInput>;
  files: File[];
  locale: Locale;
}): Promise<AuthorCaseView | PartlyDone<AuthorCaseView>> {
  const key = { actor, reportId: input.reportId };
  let refused: unknown;
  try {
    if (input.intent === 'reply') {
      if (!input.replyToken) throw new AppError('VALIDATION', 'reply token missing', { fieldErrors: { body: ['expired'] } });
      await replyAsReporter({ ...key, body: input.body, files, submissionToken: input.replyToken });
    } else if (input.intent === 'rate') {
      if (!input.satisfied) throw new AppError('VALIDATION', 'rating missing', { fieldErrors: { satisfied: ['ratingRequired'] } });
      await rateAnswer({ ...key, satisfied: input.satisfied === 'yes', comment: input.comment });
    } else await withdrawReport({ ...key, reason: input.reason });
  } catch (error) {
    refused = error ?? new Error('refused');
  }
  const view = { ...(await authorCaseView({ actor, reportId: input.reportId, locale })) };
  view.replied = input.intent === 'reply' && refused === undefined;
  view.withdrawn = input.intent === 'withdraw' && refused === undefined;
  view.rated = input.intent === 'rate' && refused === undefined;
  if (refused !== undefined && input.replyToken) view.replyToken = input.replyToken;
  return refused === undefined ? view : new PartlyDone(view, refused);
}

/** The member's own report in the author projection, formatted, with a fresh reply token. NOT_FOUND unless they sent it. */
export async function authorCaseView({ actor, reportId, locale }: { actor: Actor; reportId: string; locale: Locale }): Promise<AuthorCaseView> {
  if (!z.uuid().safeParse(reportId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const row = await db.report.findFirst({ where: { id: reportId, submitterId: actor.id }, select: authorSelect });
  if (!row) throw new AppError('NOT_FOUND');
  return { ...formatAuthorView(toAuthorView(row, deadlinePolicy(await getSettings())), locale), replyToken: randomUUID() };
}
