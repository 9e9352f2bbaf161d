import { failure } from '@/lib/actions/action-state';
import { clientKey } from '@/lib/crypto/client-key';
import { AppError, errorStatus } from '@/lib/errors';
import { parseReportForm, reportInputSchema, uploadedFiles } from '@/lib/reports/report-input';
import { submitReport } from '@/lib/reports/submit-report';

const MAX_BODY_BYTES = 26 * 1024 * 1024;

/**
 * POST /api/reports — the report form for programs (JSON) and plain HTML clients (multipart, with
 * attachments). 201 with the tracking code; 400 with per-field Persian messages; 413; 429.
 */
export async function POST(request: Request) {
  try {
    if (Number(request.headers.get('content-length') ?? 0) > MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
    const body = await request.arrayBuffer();
    if (body.byteLength > MAX_BODY_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');

    const isJson = (request.headers.get('content-type') ?? '').includes('application/json');
    const formData = isJson ? null : await new Request(request.url, { method: 'POST', headers: request.headers, body }).formData();
    const parsed = formData ? parseReportForm(formData) : reportInputSchema.safeParse(parseJson(body));
    if (!parsed.success) throw parsed.error;

    const { trackingCode } = await submitReport({ actor: null, input: parsed.data, files: formData ? uploadedFiles(formData) : [], rateKey: clientKey(request.headers) });
    return Response.json({ trackingCode }, { status: 201 });
  } catch (error) {
    const { code = 'INTERNAL', message, fieldErrors } = await failure(error, 'reportForm');
    return Response.json({ error: code, message, fieldErrors }, { status: errorStatus[code] });
  }
}

function parseJson(body: ArrayBuffer): unknown {
  try {
    return JSON.parse(new TextDecoder().decode(body));
  } catch {
    return {};
  }
}
