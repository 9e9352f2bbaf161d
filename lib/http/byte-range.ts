import type { ByteSpan } from '@/lib/storage/storage';

/**
 * What a `Range` header asks of an object of `size` bytes (RFC 9110 §14): `full` when there is no header,
 * it is not a single `bytes` range we read, or `If-Range` names another version (a server may always answer
 * a range with the whole object); `partial` with the span, its end clamped to the last byte; `unsatisfiable`
 * when the one range asked starts past the end (or is an empty suffix). Several ranges are answered whole:
 * players and download managers ask for one, and multipart answers are a way to make a server work hard.
 */
export function parseByteRange(
  header: string | null,
  size: number,
  ifRange: { header: string | null; etag: string } = { header: null, etag: '' },
): { kind: 'full' } | { kind: 'partial'; span: ByteSpan } | { kind: 'unsatisfiable' } {
  if (!header) return { kind: 'full' };
  // If-Range with a date, or with another entity tag: the copy the client holds is not this one.
  if (ifRange.header !== null && ifRange.header.trim() !== ifRange.etag) return { kind: 'full' };
  const match = /^bytes=\s*(\d*)\s*-\s*(\d*)\s*$/i.exec(header.trim());
  if (!match || (match[1] === '' && match[2] === '')) return { kind: 'full' };
  const [first, last] = [match[1]!, match[2]!];
  if (first === '') {
    // "bytes=-500": the last 500 bytes.
    const length = Number(last);
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'partial', span: { start: Math.max(0, size - length), end: size - 1 } };
  }
  const start = Number(first);
  const end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  if (last !== '' && Number(last) < start) return { kind: 'full' }; // invalid: ignored, as the RFC says
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'partial', span: { start, end } };
}

export type RangedBody = {
  /** Total bytes of the object. */
  size: number;
  /** A strong validator of these exact bytes, quoted (`"…"`): the object never changes under it. */
  etag: string;
  /** The bytes, whole or one span. */
  open: (span?: ByteSpan) => Promise<ReadableStream<Uint8Array>>;
  /** Content-Type, Content-Disposition, Cache-Control and the like, sent with every answer. */
  headers: Record<string, string>;
};

/**
 * Answers a GET for a stored object with HTTP range requests, so a poor connection can resume a download and a
 * `<video>` can seek: 200 with the whole object, 206 with `Content-Range` for one range, 416 with
 * `Content-Range: bytes *\/size` when it cannot be met, 304 when `If-None-Match` holds the ETag. Always
 * `Accept-Ranges: bytes` and the ETag.
 */
export async function rangedResponse(request: Request, body: RangedBody): Promise<Response> {
  const headers = new Headers(body.headers);
  headers.set('Accept-Ranges', 'bytes');
  headers.set('ETag', body.etag);
  const ifNoneMatch = request.headers.get('if-none-match');
  if (ifNoneMatch && ifNoneMatch.split(',').some((tag) => tag.trim() === body.etag || tag.trim() === '*')) return new Response(null, { status: 304, headers });

  const asked = parseByteRange(request.headers.get('range'), body.size, { header: request.headers.get('if-range'), etag: body.etag });
  if (asked.kind === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${body.size}`);
    return new Response(null, { status: 416, headers });
  }
  if (asked.kind === 'partial') {
    const { start, end } = asked.span;
    headers.set('Content-Range', `bytes ${start}-${end}/${body.size}`);
    headers.set('Content-Length', String(end - start + 1));
    return new Response(await body.open(asked.span), { status: 206, headers });
  }
  headers.set('Content-Length', String(body.size));
  return new Response(await body.open(), { status: 200, headers });
}
