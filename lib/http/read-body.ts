import 'server-only';
import { AppError } from '@/lib/errors';

export type RequestBody = { kind: 'json'; json: unknown } | { kind: 'form'; form: FormData };

/**
 * Reads a request body as JSON or a form, and nothing else. Every way a body can be wrong is an
 * AppError with a 4xx status, never an exception that becomes a 500:
 * - over `maxBytes` (declared or actual) → PAYLOAD_TOO_LARGE (413);
 * - a content type other than application/json, multipart/form-data or
 *   application/x-www-form-urlencoded, or none → UNSUPPORTED_MEDIA_TYPE (415);
 * - JSON that does not parse, JSON that is not an object, a multipart body without a boundary or with
 *   a broken one → VALIDATION (400).
 */
export async function readRequestBody(request: Request, { maxBytes }: { maxBytes: number }): Promise<RequestBody> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (Number.isFinite(declared) && declared > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE');
  const type = (request.headers.get('content-type') ?? '').toLowerCase();
  const mediaType = type.split(';')[0]!.trim();
  const isJson = mediaType === 'application/json' || /^application\/[\w.+-]+\+json$/.test(mediaType);
  const isForm = mediaType === 'multipart/form-data' || mediaType === 'application/x-www-form-urlencoded';
  if (!isJson && !isForm) throw new AppError('UNSUPPORTED_MEDIA_TYPE', `content type "${mediaType || 'none'}"`);

  const bytes = await request.arrayBuffer();
  if (bytes.byteLength > maxBytes) throw new AppError('PAYLOAD_TOO_LARGE');

  if (isJson) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      throw new AppError('VALIDATION', 'body is not JSON', { fieldErrors: { body: ['bodyMalformed'] } });
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new AppError('VALIDATION', 'body is not a JSON object', { fieldErrors: { body: ['bodyMalformed'] } });
    return { kind: 'json', json };
  }
  if (mediaType === 'multipart/form-data' && !/;\s*boundary=("?)[^";]{1,70}\1/.test(type)) {
    throw new AppError('VALIDATION', 'multipart without a boundary', { fieldErrors: { body: ['bodyMalformed'] } });
  }
  try {
    const form = await new Request('http://body.invalid/', { method: 'POST', headers: { 'content-type': request.headers.get('content-type')! }, body: bytes }).formData();
    return { kind: 'form', form };
  } catch {
    throw new AppError('VALIDATION', 'form body does not parse', { fieldErrors: { body: ['bodyMalformed'] } });
  }
}
