import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { PartlyDone } from '@/lib/actions/define-action';
import { formatDateTime, localized, type Locale } from '@/lib/i18n/format';
import { formatTrackingCode, normalizeTrackingCode } from '@/lib/tracking/code';
import { replyAsReporter } from './reply-as-reporter';
import { trackReport, type TrackedReport } from './track-report';

/** The tracking page's view: dates already formatted on the server, so the browser renders exactly what was sent. */
export type TrackView = Omit<TrackedReport, 'submittedAt' | 'timeline' | 'messages' | 'agencyAnswer'> & {
  code: string;
  submittedAt: string;
  timeline: { status: TrackedReport['status']; at: string; publicNote: string | null }[];
  messages: { id: string; author: TrackedReport['messages'][number]['author']; body: string; at: string; attachments: number }[];
  agencyAnswer: { agency: string; response: string; at: string } | null;
  replied?: boolean;
  /** A fresh one-time token for the next reply from this page. */
  replyToken?: string;
};

/** The tracking form's fields; the code itself is checked by `trackReport` (one normalization, one message). */
export const trackInput = z.object({
  intent: z.enum(['lookup', 'reply']).catch('lookup'),
  code: z.string().catch(''),
  body: z.string().catch(''),
  replyToken: z.uuid().optional().catch(undefined),
});

export type TrackFormOptions = { input: z.infer<typeof trackInput>; files: File[]; rateKey: string; locale: Locale };

/**
 * Looks a code up, or posts the reporter's reply and shows the updated report. The code travels in the
 * form body, never the URL. A refused reply still shows the report (`PartlyDone`), with the reason next
 * to the reply box. Errors: NOT_FOUND / VALIDATION on the code, RATE_LIMITED (lookups and replies count
 * against the client's tracking limit).
 */
export async function trackForm({ input, files, rateKey, locale }: TrackFormOptions): Promise<TrackView | PartlyDone<TrackView>> {
  let replyError: unknown;
  if (input.intent === 'reply') {
    try {
      // A reply carries the form's one-time token, so that sending it twice stores it once. Without one
      // (a page from before the token), the report stays on screen with the text and a fresh token.
      if (!input.replyToken) throw new AppError('VALIDATION', 'reply token missing', { fieldErrors: { body: ['expired'] } });
      await replyAsReporter({ code: input.code, body: input.body, files, rateKey, submissionToken: input.replyToken });
    } catch (error) {
      replyError = error ?? new Error('reply failed');
    }
  }
  const report = await trackReport({ code: input.code, rateKey });
  const view: TrackView = {
    ...formatAuthorView(report, locale),
    code: formatTrackingCode(normalizeTrackingCode(input.code)!),
    replied: input.intent === 'reply' && replyError === undefined,
    // A refused reply keeps its token (the form, its text and files stay as they were); a sent one gets a new one.
    replyToken: replyError !== undefined && input.replyToken ? input.replyToken : randomUUID(),
  };
  return replyError === undefined ? view : new PartlyDone(view, replyError);
}

/** The author's projection with its dates written out for this locale (the browser renders exactly what was sent). */
export function formatAuthorView(r: TrackedReport, locale: Locale): Omit<TrackView, 'code'> {
  const at = (d: Date) => formatDateTime(d, locale);
  return {
    ...r,
    submittedAt: at(r.submittedAt),
    timeline: r.timeline.map((s) => ({ ...s, at: at(s.at) })),
    messages: r.messages.map((m) => ({ ...m, at: at(m.at) })),
    agencyAnswer: r.agencyAnswer
      ? {
          agency: localized({ name: r.agencyAnswer.agency, nameEn: r.agencyAnswer.agencyEn }, locale),
          response: r.agencyAnswer.response,
          at: at(r.agencyAnswer.at),
        }
      : null,
  };
}
