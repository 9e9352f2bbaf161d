import 'server-only';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { PartlyDone } from '@/lib/actions/define-action';
import { reporterAttachmentHref } from '@/lib/attachments/reporter-attachment-href';
import { formatDate, formatDateTime, localized, type Locale } from '@/lib/i18n/format';
import { formatTrackingCode, normalizeTrackingCode } from '@/lib/tracking/code';
import { replyAsReporter } from './reply-as-reporter';
import { trackReport, type TrackedReport } from './track-report';
import { confirmStatusMobile } from './confirm-status-mobile';
import { setStatusMobile } from './set-status-mobile';
import { withdrawReport } from './withdraw-report';
import { rateAnswer } from './rate-answer';
import { toPublicOutcomeView, type PublicOutcomeView } from '@/lib/outcomes/public-view';

/** The tracking page's view: dates already formatted on the server, so the browser renders exactly what was sent. */
export type TrackView = Omit<
  TrackedReport,
  'submittedAt' | 'incidentDate' | 'attachments' | 'timeline' | 'messages' | 'agencyAnswer' | 'referredTo' | 'followUp' | 'rating' | 'publishedOutcome'
> & {
  /** The published outcome as the public sees it (issue #16), in this locale; null unless published. */
  publishedOutcome: PublicOutcomeView | null;
  /** Each agency's follow-up steps, in public wording (issue #14), dates written out. */
  followUp: { agency: string; steps: { kind: TrackedReport['followUp'][number]['steps'][number]['kind']; at: string }[] }[];
  rating: { satisfied: boolean; comment: string | null; at: string; appealStatus: 'OPEN' | 'DISMISSED' | 'UPHELD' | null; dismissalNote: string | null } | null;
  /** The answer was just rated. */
  rated?: boolean;
  /** The agencies the case went to, in this locale. */
  referredTo: string[];
  code: string;
  submittedAt: string;
  /** The Jalali calendar date, e.g. «۲ آذر ۱۴۰۵». */
  submittedOn: string;
  incidentDate: string | null;
  /** The reporter's own attachments, each behind a link valid for a few minutes (lib/attachments/reporter-link.ts). */
  attachments: ReporterFile[];
  timeline: { status: TrackedReport['status']; at: string; publicNote: string | null }[];
  messages: { id: string; author: TrackedReport['messages'][number]['author']; body: string; at: string; attachments: ReporterFile[] }[];
  agencyAnswer: { agency: string; response: string; at: string } | null;
  replied?: boolean;
  withdrawn?: boolean;
  /** Status messages were just started or stopped. */
  statusMobileChanged?: boolean;
  /** A fresh one-time token for the next reply from this page. */
  replyToken?: string;
};

export type ReporterFile = { id: string; mimeType: string; href: string };

/** The tracking form's fields; the code itself is checked by `trackReport` (one normalization, one message). */
export const trackInput = z.object({
  intent: z.enum(['lookup', 'reply', 'withdraw', 'statusMobile', 'statusMobileConfirm', 'rate']).catch('lookup'),
  satisfied: z.enum(['yes', 'no', '']).catch(''),
  comment: z.string().catch(''),
  code: z.string().catch(''),
  body: z.string().catch(''),
  reason: z.string().catch(''),
  statusMobile: z.string().catch(''),
  statusMobileCode: z.string().catch(''),
  replyToken: z.uuid().optional().catch(undefined),
});

export type TrackFormOptions = { input: z.infer<typeof trackInput>; files: File[]; rateKey: string; locale: Locale };

/**
 * Looks a code up, or posts the reporter's reply (or withdrawal) and shows the updated report. The code
 * travels in the form body, never the URL. A refused reply or withdrawal still shows the report
 * (`PartlyDone`), with the reason next to its box. Errors: NOT_FOUND / VALIDATION on the code, RATE_LIMITED (lookups and replies count
 * against the client's tracking limit).
 */
export async function trackForm({ input, files, rateKey, locale }: TrackFormOptions): Promise<TrackView | PartlyDone<TrackView>> {
  let refused: unknown;
  try {
    if (input.intent === 'reply') {
      // A reply carries the form's one-time token, so that sending it twice stores it once. Without one
      // (a page from before the token), the report stays on screen with the text and a fresh token.
      if (!input.replyToken) throw new AppError('VALIDATION', 'reply token missing', { fieldErrors: { body: ['expired'] } });
      await replyAsReporter({ code: input.code, body: input.body, files, rateKey, submissionToken: input.replyToken });
    }
    if (input.intent === 'withdraw') await withdrawReport({ code: input.code, reason: input.reason, rateKey });
    if (input.intent === 'statusMobile') await setStatusMobile({ code: input.code, mobile: input.statusMobile, rateKey });
    if (input.intent === 'statusMobileConfirm') await confirmStatusMobile({ code: input.code, otp: input.statusMobileCode, rateKey });
    if (input.intent === 'rate') {
      if (!input.satisfied) throw new AppError('VALIDATION', 'rating missing', { fieldErrors: { satisfied: ['ratingRequired'] } });
      await rateAnswer({ code: input.code, rateKey, satisfied: input.satisfied === 'yes', comment: input.comment });
    }
  } catch (error) {
    refused = error ?? new Error('refused');
  }
  const report = await trackReport({ code: input.code, rateKey });
  const view: TrackView = {
    ...formatAuthorView(report, locale),
    code: formatTrackingCode(normalizeTrackingCode(input.code)!),
    replied: input.intent === 'reply' && refused === undefined,
    withdrawn: input.intent === 'withdraw' && refused === undefined,
    statusMobileChanged: (input.intent === 'statusMobile' || input.intent === 'statusMobileConfirm') && refused === undefined,
    rated: input.intent === 'rate' && refused === undefined,
    // A refused reply keeps its token (the form, its text and files stay as they were); a sent one gets a new one.
    replyToken: refused !== undefined && input.replyToken ? input.replyToken : randomUUID(),
  };
  return refused === undefined ? view : new PartlyDone(view, refused);
}

/** The author's projection with its dates written out for this locale and its files behind fresh short-lived links. */
export function formatAuthorView(r: TrackedReport, locale: Locale, now: Date = new Date()): Omit<TrackView, 'code'> {
  const at = (d: Date) => formatDateTime(d, locale);
  const file = (a: { id: string; mimeType: string }): ReporterFile => ({ id: a.id, mimeType: a.mimeType, href: reporterAttachmentHref(a.id, now) });
  return {
    ...r,
    submittedAt: at(r.submittedAt),
    submittedOn: formatDate(r.submittedAt, locale),
    incidentDate: r.incidentDate ? formatDate(r.incidentDate, locale) : null,
    attachments: r.attachments.map(file),
    timeline: r.timeline.map((s) => ({ ...s, at: at(s.at) })),
    messages: r.messages.map((m) => ({ ...m, at: at(m.at), attachments: m.attachments.map(file) })),
    referredTo: r.referredTo.map((a) => localized(a, locale)),
    followUp: r.followUp.map((f) => ({ agency: localized(f.agency, locale), steps: f.steps.map((s) => ({ kind: s.kind, at: at(s.at) })) })),
    rating: r.rating ? { ...r.rating, at: at(r.rating.at) } : null,
    publishedOutcome: r.publishedOutcome
      ? toPublicOutcomeView(r.publishedOutcome.row, new Map(r.publishedOutcome.agencies.map((a) => [a.id, localized(a, locale)])), locale)
      : null,
    agencyAnswer: r.agencyAnswer
      ? {
          agency: localized({ name: r.agencyAnswer.agency, nameEn: r.agencyAnswer.agencyEn }, locale),
          response: r.agencyAnswer.response,
          at: at(r.agencyAnswer.at),
        }
      : null,
  };
}
