// Plain JavaScript, loaded by server.mjs: a form posted without JavaScript that Next.js itself refuses
// gets a Persian page, never Next's bare English "Internal Server Error" or "Server Action unavailable".
//
// Next.js answers some form posts before any of Sajam's code runs, as text/plain: a cross-site post or a
// body that is not a form (500), and a page left open across a deploy, whose form names an action the
// new build no longer has (409; likelier since the public pages load their scripts late). Those answers
// keep their status (but for the cross-site refusal, a 500 that is the visitor's doing, answered 403);
// only their body is replaced, by the same page the request guard gives a body too
// large (request-guard.mjs). Documents only: server actions called by scripts, the API and the client
// router read their own answers.
import { refusedFormPage } from './request-guard.mjs';

/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function explainRefusedForms(req, res) {
  if (req.method !== 'POST' || req.headers['next-action'] !== undefined || req.headers.rsc !== undefined) return;
  if ((req.url ?? '/').startsWith('/api/')) return;
  const write = res.write;
  const end = res.end;
  /** @type {boolean | undefined} */
  let replacing;
  const decide = () => {
    if (replacing !== undefined) return replacing;
    const type = String(res.getHeader('content-type') ?? '');
    replacing = res.statusCode >= 400 && (type === '' || type.startsWith('text/plain')) && !res.headersSent;
    if (replacing) {
      // Next.js answers a server action posted from another site ("Invalid Server Actions request") with
      // 500, as if Sajam had failed: it is a refusal of the request, 403, like the upload route's.
      if (res.statusCode === 500 && postedFromAnotherSite(req)) res.statusCode = 403;
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.setHeader('cache-control', 'no-store');
      res.removeHeader('content-length');
    }
    return replacing;
  };
  res.write = /** @type {typeof res.write} */ (
    function (chunk, encoding, callback) {
      // The original English text is dropped; the page is written once, at the end.
      if (decide()) return typeof encoding === 'function' ? (encoding(), true) : (callback?.(), true);
      return write.call(this, chunk, encoding, callback);
    }
  );
  res.end = /** @type {typeof res.end} */ (
    function (chunk, encoding, callback) {
      if (!decide()) return end.call(this, chunk, encoding, callback);
      const cb = [chunk, encoding, callback].find((a) => typeof a === 'function');
      return end.call(this, refusedFormPage(res.statusCode === 409 ? 'STALE_PAGE' : 'FORM_REFUSED'), 'utf8', cb);
    }
  );
}

/**
 * Next.js's own test for a cross-site server action: an Origin whose host is not the host the request
 * names (X-Forwarded-Host first, as Next.js reads it). A missing or `null` Origin Next.js lets through.
 * @param {import('node:http').IncomingMessage} req
 */
function postedFromAnotherSite(req) {
  const origin = req.headers.origin;
  if (typeof origin !== 'string' || origin === 'null') return false;
  const forwarded = req.headers['x-forwarded-host'];
  const host = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim() || req.headers.host;
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}
