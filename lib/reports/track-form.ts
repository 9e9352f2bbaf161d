import 'server-only';
import { failure, type ActionState } from '@/lib/actions/action-state';
import { formatDateTime, type Locale } from '@/lib/i18n/format';
import { formatTrackingCode, normalizeTrackingCode } from '@/lib/tracking/code';
import { uploadedFiles } from './report-input';
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
};

/** Looks a code up, or posts the reporter's reply and shows the updated report. The code travels in the form body, never the URL. */
export async function trackForm(formData: FormData, who: { rateKey: string; locale: Locale }): Promise<ActionState<TrackView>> {
  const code = String(formData.get('code') ?? '');
  const values = { code };
  // A failed reply keeps the report on screen, with the reason next to the reply box.
  let replyFailure: ActionState<never> | undefined;
  if (formData.get('intent') === 'reply') {
    try {
      await replyAsReporter({ code, body: String(formData.get('body') ?? ''), files: uploadedFiles(formData), rateKey: who.rateKey });
    } catch (error) {
      replyFailure = await failure(error, 'track', values);
    }
  }
  try {
    const report = await trackReport({ code, rateKey: who.rateKey });
    const view = {
      ...formatAuthorView(report, who.locale),
      code: formatTrackingCode(normalizeTrackingCode(code)!),
      replied: formData.get('intent') === 'reply' && !replyFailure,
    };
    return { ok: true, values, data: view, message: replyFailure?.message, fieldErrors: replyFailure?.fieldErrors };
  } catch (error) {
    return failure(error, 'track', values);
  }
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
      ? { agency: locale === 'fa' ? r.agencyAnswer.agency : r.agencyAnswer.agencyEn, response: r.agencyAnswer.response, at: at(r.agencyAnswer.at) }
      : null,
  };
}
