// Plain JavaScript, loaded by server.mjs: what is refused before Next.js reads a request body.
// Next.js (and the route handlers' `request.arrayBuffer()`) buffer a body in memory before anything
// can count it, so an endless chunked upload grew the process to 7.7 GB (issue #9, outside test).
// Here a body must declare its length, and that length must fit the route.
import { readFileSync } from 'node:fs';

const KIB = 1024;
const MIB = 1024 * KIB;

/**
 * The largest body each kind of request may carry, in bytes. Ordered: the first prefix that matches wins.
 * - sign-in and sign-out forms: a few fields;
 * - the report API: 5 attachments of 10 MB, 25 MB in all, plus the form (lib/attachments/sanitize.ts);
 * - the annual report's verification page: one file of 20 MB and the form;
 * - everything else (pages' server actions): the report form's 25 MB of attachments plus the form. Next's
 *   own `serverActions.bodySizeLimit` (next.config.mjs) is set above this, so Next never refuses what
 *   passed here (it answered a bare 500): a body up to this limit reaches the action, which answers a
 *   field error ("25 MB in all") with every value kept.
 */
export const BODY_LIMITS = [
  ['/api/auth/', 16 * KIB],
  ['/api/reports', 26 * MIB],
  // The annual report's verification page hashes one uploaded file of at most 20 MB (lib/annual-report/hash-upload.ts).
  ['/verify/', 21 * MIB],
  // A lesson's video (issue #18): at most 200 MB (lib/training/lesson-files/lesson-file-types.ts), sent with progress.
  ['/training/lesson-files/send', 201 * MIB],
  ['/', 27 * MIB],
];

/** A form without files (urlencoded): the longest Sajam takes is a 5,000-character description and its fields. */
export const URLENCODED_LIMIT = 256 * KIB;

export function bodyLimitFor(pathname) {
  return BODY_LIMITS.find(([prefix]) => pathname.startsWith(prefix))[1];
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

let messages;
function message(code) {
  messages ??= JSON.parse(readFileSync(new URL('../../messages/fa.json', import.meta.url), 'utf8'));
  return messages.errors[code] ?? messages.errors.VALIDATION;
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

/**
 * A form posted without JavaScript gets a Persian page, not JSON: what happened, and what was not saved.
 * `code` names a line of `refusedPage` (and, for the guard's own refusals, of `errors`).
 * @param {string} code
 */
export function refusedFormPage(code) {
  messages ??= JSON.parse(readFileSync(new URL('../../messages/fa.json', import.meta.url), 'utf8'));
  const page = messages.refusedPage;
  const lead = messages.errors[code] ? `<p>${escapeHtml(messages.errors[code])}</p>` : '';
  return plainPage(page.title, `${lead}<p>${escapeHtml(page[code] ?? '')}</p><p>${escapeHtml(page.notSaved)}</p><p>${escapeHtml(page.back)}</p>`);
}

/** A minimal Persian page answered before Next.js: its title as heading, then `inner` (already escaped HTML). */
function plainPage(title, inner) {
  return `<!doctype html><html lang="fa" dir="rtl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)}</title></head><body style="font-family:system-ui,sans-serif;max-width:36rem;margin:2rem auto;padding:0 1rem;line-height:1.8"><h1>${escapeHtml(title)}</h1>${inner}</body></html>`;
}

function refuse(res, status, code, req) {
  const wantsHtml = String(req?.headers.accept ?? '').includes('text/html');
  const body = wantsHtml ? refusedFormPage(code) : JSON.stringify({ error: code, message: message(code) });
  res.writeHead(status, {
    'content-type': wantsHtml ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(body),
    connection: 'close',
    'cache-control': 'no-store',
  });
  res.end(body);
}

/**
 * Answers a request that must not reach Next.js, and says so (true). A body without a declared length
 * (chunked) is 411; a declared length past the route's limit is 413; a multipart body without a
 * boundary is 400. The connection is closed after the answer, so an unread body goes nowhere.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {boolean}
 */
export function refuseUnacceptableBody(req, res) {
  if (!METHODS_WITH_BODY.has(req.method ?? '')) return false;
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  const declared = req.headers['content-length'];
  if (declared === undefined) {
    if (req.headers['transfer-encoding']) return (refuse(res, 411, 'LENGTH_REQUIRED', req), true);
    return false;
  }
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0) return (refuse(res, 400, 'VALIDATION', req), true);
  if (length > bodyLimitFor(pathname)) return (refuse(res, 413, 'PAYLOAD_TOO_LARGE', req), true);
  const type = String(req.headers['content-type'] ?? '').toLowerCase();
  if (type.startsWith('multipart/form-data') && !/;\s*boundary=/.test(type)) return (refuse(res, 400, 'VALIDATION', req), true);
  // A form without files is a few kilobytes: a 25 MB urlencoded body is only there to keep the parser busy.
  if (type.startsWith('application/x-www-form-urlencoded') && length > URLENCODED_LIMIT) return (refuse(res, 413, 'PAYLOAD_TOO_LARGE', req), true);
  return false;
}

/**
 * A path Next.js cannot decode (a lone `%FF`, `%E0%A4`) made every dynamic route answer a bare 500 (break-it
 * review, #17): it is answered here as what it is, an address that names nothing — 404 with a Persian page (or JSON
 * for a program) — before Next.js sees it.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @returns {boolean} true when it answered
 */
export function refuseMalformedPath(req, res) {
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  try {
    decodeURIComponent(pathname);
    return false;
  } catch {
    messages ??= JSON.parse(readFileSync(new URL('../../messages/fa.json', import.meta.url), 'utf8'));
    const wantsHtml = String(req.headers.accept ?? '').includes('text/html');
    const text = messages.errors.NOT_FOUND;
    const body = wantsHtml ? plainPage(text, '<p><a href="/">سجام</a></p>') : JSON.stringify({ error: 'NOT_FOUND', message: text });
    res.writeHead(404, {
      'content-type': wantsHtml ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(body),
      'cache-control': 'no-store',
    });
    res.end(body);
    return true;
  }
}
