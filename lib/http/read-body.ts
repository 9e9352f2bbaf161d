import 'server-only';
import { AppError } from '@/lib/errors';

export type RequestBody = { kind: 'json'; json: unknown } | { kind: 'form'; form: FormData };

/**
 * Reads a request body as JSON or a form, and nothing else. Every way a body can be wrong is an
 * AppError with a 4xx status, never an exception that becomes a 500:
 * - over `maxBytes` (declared, or counted while reading: the body is never buffered past it) → PAYLOAD_TOO_LARGE (413);
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

  const charset = /;\s*charset="?([\w-]+)"?/.exec(type)?.[1];
  if (isJson && charset && charset !== 'utf-8' && charset !== 'utf8') throw new AppError('UNSUPPORTED_MEDIA_TYPE', `charset ${charset}`);
  const bytes = await readAtMost(request, maxBytes);

  if (isJson) {
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      throw new AppError('VALIDATION', 'body is not JSON', { fieldErrors: { body: ['bodyMalformed'] } });
    }
    if (typeof json !== 'object' || json === null || Array.isArray(json))
      throw new AppError('VALIDATION', 'body is not a JSON object', { fieldErrors: { body: ['bodyMalformed'] } });
    return { kind: 'json', json };
  }
  if (mediaType === 'multipart/form-data' && !/;\s*boundary=("?)[^";]{1,70}\1/.test(type)) {
    throw new AppError('VALIDATION', 'multipart without a boundary', { fieldErrors: { body: ['bodyMalformed'] } });
  }
  try {
    const form = await new Request('http://body.invalid/', {
      method: 'POST',
      headers: { 'content-type': request.headers.get('content-type')! },
      body: bytes,
    }).formData();
    return { kind: 'form', form };
  } catch {
    throw new AppError('VALIDATION', 'form body does not parse', { fieldErrors: { body: ['bodyMalformed'] } });
  }
}

/** The body's bytes, read as a stream and abandoned as soon as they pass `maxBytes`. */
async function readAtMost(request: Request, maxBytes: number): Promise<Uint8Array<ArrayBuffer>> {
  if (!request.body) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new AppError('PAYLOAD_TOO_LARGE');
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
