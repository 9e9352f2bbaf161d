import 'server-only';
import { z } from 'zod';
import { PartlyDone } from '@/lib/actions/define-action';
import type { Actor } from '@/lib/authz';
import { isAppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/format';
import { transitionReport } from '@/lib/workflow/transition-report';
import { previewOutcome, type OutcomePreview } from './preview-outcome';

const ticked = z.preprocess((v) => v === 'on', z.boolean());

/** The publish form's fields (the report page; works without JavaScript: the pressed button is `intent`). */
export const publishOutcomeInput = z.object({
  reportId: z.uuid(),
  version: z.coerce.number().int().positive(),
  intent: z.enum(['preview', 'publish']).catch('preview'),
  // Only a guard against a huge post here; the real limits are the use case's (public-summary.ts).
  publicOutcome: z.string().max(20_000, 'publicOutcomeLong').default(''),
  publicAnswer: z.string().max(20_000, 'publicAnswerLong').default(''),
  confirmed: ticked,
  warningsChecked: ticked,
});

export type PublishOutcomeFormData = { preview?: OutcomePreview; published?: boolean };

/**
 * "Preview" shows the card the public would see and the personal-data warnings, writing nothing.
 * "Publish" makes the workflow's publish move (transition-report.ts checks the summaries, the ticks and,
 * when the check warns, "I checked the warnings"); refused for a field, the preview comes back with the
 * refusal, so the warnings that caused it are on screen next to the tick they ask for.
 */
export async function publishOutcomeForm({
  actor,
  input,
  locale,
}: {
  actor: Actor;
  input: z.infer<typeof publishOutcomeInput>;
  locale: Locale;
}): Promise<PublishOutcomeFormData | PartlyDone<PublishOutcomeFormData>> {
  const preview = () => previewOutcome({ actor, reportId: input.reportId, publicOutcome: input.publicOutcome, publicAnswer: input.publicAnswer, locale });
  if (input.intent === 'preview') {
    const shown = await preview();
    return shown instanceof PartlyDone ? new PartlyDone({ preview: shown.data }, shown.error) : { preview: shown };
  }
  try {
    await transitionReport({ actor, ...input, action: 'publish' });
    return { published: true };
  } catch (error) {
    if (!isAppError(error) || error.code !== 'VALIDATION') throw error;
    const shown = await preview();
    return new PartlyDone({ preview: shown instanceof PartlyDone ? shown.data : shown }, error);
  }
}
