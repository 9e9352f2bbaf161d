import 'server-only';
import type { Actor } from '@/lib/authz';
import { generateTrackingCode } from '@/lib/tracking/code';
import { trackingCodeQrSvg } from '@/lib/tracking/qr';
import type { ReportInput } from './report-input';
import { submitReport } from './submit-report';

export type SubmittedState = { trackingCode: string; qrSvg: string };

/**
 * What the report form shows after a submission: the tracking code and its QR. `input` null is the
 * honeypot (reportFormInput): a bot gets a code that leads nowhere and nothing is stored.
 */
export async function submitReportFromForm(o: {
  actor: Actor | null;
  input: ReportInput | null;
  files: readonly File[];
  rateKey: string;
}): Promise<SubmittedState> {
  const trackingCode =
    o.input === null ? generateTrackingCode() : (await submitReport({ actor: o.actor, input: o.input, files: o.files, rateKey: o.rateKey })).trackingCode;
  return { trackingCode, qrSvg: await trackingCodeQrSvg(trackingCode) };
}
