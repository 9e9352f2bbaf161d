import 'server-only';
import { failure, formValues, type ActionState } from '@/lib/actions/action-state';
import type { Actor } from '@/lib/authz';
import { generateTrackingCode } from '@/lib/tracking/code';
import { trackingCodeQrSvg } from '@/lib/tracking/qr';
import { parseReportForm, uploadedFiles } from './report-input';
import { submitReport } from './submit-report';

export type SubmittedState = { trackingCode: string; qrSvg: string };

/** The report form's action body, shared by the public form and the member dashboard's form. */
export async function submitReportForm(formData: FormData, who: { actor: Actor | null; rateKey: string }): Promise<ActionState<SubmittedState>> {
  const values = formValues(formData);
  // Honeypot: people never see the field, bots fill it. They get a code that leads nowhere.
  if (formData.get('website')) return done(generateTrackingCode());

  const parsed = parseReportForm(formData, { member: who.actor !== null });
  if (!parsed.success) return failure(parsed.error, 'reportForm', values);
  try {
    const { trackingCode } = await submitReport({ ...who, input: parsed.data, files: uploadedFiles(formData) });
    return done(trackingCode);
  } catch (error) {
    return failure(error, 'reportForm', values);
  }
}

async function done(trackingCode: string): Promise<ActionState<SubmittedState>> {
  return { ok: true, data: { trackingCode, qrSvg: await trackingCodeQrSvg(trackingCode) } };
}
