import { clientKey } from '@/lib/crypto/client-key';
import { toApiResponse } from '@/lib/http/api-response';
import { readRequestBody } from '@/lib/http/read-body';
import { parseReportForm, reportInputSchema, uploadedFiles } from '@/lib/reports/report-input';
import { submitReport } from '@/lib/reports/submit-report';

const MAX_BODY_BYTES = 26 * 1024 * 1024;

/**
 * POST /api/reports — the report form for programs (JSON) and plain HTML clients (multipart or
 * urlencoded, attachments with multipart). 201 `{trackingCode}`; 400 with per-field Persian messages
 * (also for a body that does not parse); 413; 415 for another content type; 429 with Retry-After.
 */
export async function POST(request: Request) {
  try {
    const body = await readRequestBody(request, { maxBytes: MAX_BODY_BYTES });
    const parsed = body.kind === 'form' ? parseReportForm(body.form) : reportInputSchema.safeParse(body.json);
    if (!parsed.success) throw parsed.error;
    const files = body.kind === 'form' ? uploadedFiles(body.form) : [];
    const { trackingCode } = await submitReport({ actor: null, input: parsed.data, files, rateKey: clientKey(request.headers) });
    return Response.json({ trackingCode }, { status: 201 });
  } catch (error) {
    return toApiResponse(error, 'reportForm');
  }
}
