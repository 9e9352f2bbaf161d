// Plain JavaScript, loaded by server.mjs: the public pages arrive without their scripts, which come only
// when the visitor starts to write in a form (issue #12, page budget).
//
// Why: Next.js and React weigh about 155 KB (compressed) on every page, more than the whole budget of a
// public page on a poor mobile link (≤ 150 KB in all). Every public form already works as a plain HTML
// form (server actions, tested with JavaScript off), so a page is complete without its scripts: they only
// add live counters, the county list that follows the province, file checks and previews, drafts and the
// upload progress bar. Someone who reads the home page or a status pays for none of it; someone who
// starts a report gets it while they type, and until it arrives the form works as it does without
// JavaScript. Next.js has no per-page switch for this in the app router, so the document is rewritten on
// its way out: every `<script src>` becomes an inert `<script type="sajam/deferred" data-src>` and script
// preloads are dropped; a small inline loader (LOADER) turns them back into scripts on the first focus,
// tap or key in a form inside <main>, or at once when the page holds something to bring back (a form
// with `data-draft-key` whose draft is saved on this device). Inline scripts (React's flight data, the
// streaming boundaries) are left as they are: the page needs them with or without the bundle.
//
// The rewrite runs before compression (server.mjs compresses; next.config sets `compress: false`), on a
// streaming HTML tokenizer (parse5), so the page still streams.
import { createHash } from 'node:crypto';
import { StringDecoder } from 'node:string_decoder';
import { RewritingStream } from 'parse5-html-rewriting-stream';

/**
 * The pages that arrive without scripts: the public pages a visitor (often on a phone, on a poor link,
 * or in Tor Browser) opens first. Staff pages keep their scripts from the start.
 */
export const DEFERRED_SCRIPT_PATHS = new Set([
  '/',
  '/report',
  '/track',
  '/join',
  '/login',
  '/login/reset',
  '/help',
  '/safety',
  '/privacy',
  '/accessibility',
  '/contact',
]);

/** The marker type of a script that waits for the loader. */
export const DEFERRED_TYPE = 'sajam/deferred';

/**
 * The inline loader, kept small and free of dependencies (it runs before anything else). Idempotent.
 * A visitor may tap a field before the whole page has arrived (a poor link): the scripts listed after
 * that point are started too, once the document has been read (DOMContentLoaded).
 * A future Content-Security-Policy allows it by hash: LOADER_SHA256.
 */
export const LOADER = `(function(){var d=document,started=0,ev=['focusin','pointerdown','keydown','input'];function run(){d.querySelectorAll('script[type="${DEFERRED_TYPE}"]').forEach(function(s){s.type='sajam/started';var e=d.createElement('script');e.src=s.getAttribute('data-src');e.async=true;d.head.appendChild(e)})}function load(){if(started)return;started=1;ev.forEach(function(t){removeEventListener(t,on,true)});run();if(d.readyState==='loading')d.addEventListener('DOMContentLoaded',run)}function on(e){var t=e.target;if(t&&t.closest&&t.closest('main form'))load()}ev.forEach(function(t){addEventListener(t,on,true)});function saved(){d.querySelectorAll('form[data-draft-key]').forEach(function(f){try{if(localStorage.getItem(f.getAttribute('data-draft-key')))load()}catch(x){}})}if(d.readyState==='loading')d.addEventListener('DOMContentLoaded',saved);else saved();window.sajamLoadScripts=load})();`;

/** base64 SHA-256 of LOADER, for a CSP `script-src 'sha256-…'` source. */
export const LOADER_SHA256 = createHash('sha256').update(LOADER).digest('base64');

/**
 * Whether this request's answer, if it is an HTML page, should come without its scripts: a document
 * request (not the client router's RSC fetch or a server action's answer) for one of the public pages.
 * `SAJAM_DEFER_SCRIPTS=off` turns it off.
 * @param {import('node:http').IncomingMessage} req
 */
export function wantsDeferredScripts(req, env = process.env) {
  if (env.SAJAM_DEFER_SCRIPTS === 'off') return false;
  if (req.method !== 'GET' && req.method !== 'POST') return false;
  if (req.headers.rsc !== undefined || req.headers['next-action'] !== undefined) return false;
  const pathname = (req.url ?? '/').split('?')[0];
  return DEFERRED_SCRIPT_PATHS.has(pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname);
}

/**
 * A streaming rewriter for one HTML document (a Transform stream of strings): `<head>` gains the loader,
 * `<script src>` (but `nomodule` ones, which modern browsers skip anyway) turn inert, script preloads go.
 * Tokens it does not change pass through byte for byte.
 */
export function createScriptDeferrer() {
  const rewriter = new RewritingStream();
  rewriter.on('startTag', (tag, raw) => {
    const attr = (name) => tag.attrs.find((a) => a.name === name);
    if (tag.tagName === 'head') {
      rewriter.emitRaw(`${raw}<script>${LOADER}</script>`);
    } else if (tag.tagName === 'script' && attr('src') && !attr('nomodule') && !attr('type')) {
      tag.attrs = [
        { name: 'type', value: DEFERRED_TYPE },
        { name: 'data-src', value: attr('src').value },
      ];
      rewriter.emitStartTag(tag);
    } else if (tag.tagName === 'link' && attr('rel')?.value === 'preload' && attr('as')?.value === 'script') {
      // Dropped: a preload would fetch the script now.
    } else {
      rewriter.emitRaw(raw);
    }
  });
  return rewriter;
}

/**
 * server.mjs: makes this response's HTML (text/html) come without its scripts.
 * Anything else (JSON, RSC, files) passes untouched. Call after the compression middleware is in place
 * and before Next.js writes anything.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse & { flush?: () => void }} res
 */
export function deferScripts(req, res) {
  if (!wantsDeferredScripts(req)) return;
  const write = res.write;
  const end = res.end;
  /** @type {ReturnType<typeof createScriptDeferrer> | null | undefined} */
  let rewriter;
  /** @type {(() => void)[]} */
  const onEnd = [];
  const decoder = new StringDecoder('utf8');
  const active = () => {
    if (rewriter !== undefined) return rewriter;
    const type = String(res.getHeader('content-type') ?? '');
    // (Content-Encoding is the compressor's, set on the way out: the page itself reaches here as text.)
    if (!type.startsWith('text/html')) return (rewriter = null);
    // Next.js sends the head first (flushHeaders) and streams the page; a length would only be wrong.
    if (!res.headersSent) res.removeHeader('content-length');
    rewriter = createScriptDeferrer();
    // The rewriter emits token by token; what one write of Next.js's produced leaves together, with one flush,
    // so the compressor sees whole parts of the page (a flush per token made the page twice as large).
    /** @type {string[]} */
    let pending = [];
    let scheduled = false;
    const drain = () => {
      scheduled = false;
      if (!pending.length) return;
      const text = pending.join('');
      pending = [];
      write.call(res, text, 'utf8');
      // Streamed parts of the page (Suspense boundaries) leave the compressor as they come.
      res.flush?.();
    };
    rewriter.on('data', (text) => {
      pending.push(text);
      if (!scheduled) {
        scheduled = true;
        setImmediate(drain);
      }
    });
    rewriter.on('end', () => {
      drain();
      if (onEnd.length) res.once('finish', () => onEnd.forEach((cb) => cb()));
      end.call(res);
    });
    rewriter.on('error', (error) => res.destroy(error));
    return rewriter;
  };
  const bytes = (chunk, encoding) => (typeof chunk === 'string' ? Buffer.from(chunk, Buffer.isEncoding(encoding) ? encoding : 'utf8') : Buffer.from(chunk));
  res.write = /** @type {typeof res.write} */ (
    function (chunk, encoding, callback) {
      const r = active();
      if (!r) return write.call(this, chunk, encoding, callback);
      r.write(decoder.write(bytes(chunk, encoding)), typeof encoding === 'function' ? encoding : callback);
      return true;
    }
  );
  res.end = /** @type {typeof res.end} */ (
    function (chunk, encoding, callback) {
      const r = active();
      if (!r) return end.call(this, chunk, encoding, callback);
      const cb = [chunk, encoding, callback].find((a) => typeof a === 'function');
      if (cb) onEnd.push(cb);
      if (chunk && typeof chunk !== 'function') r.write(decoder.write(bytes(chunk, encoding)));
      const rest = decoder.end();
      if (rest) r.write(rest);
      r.end();
      return this;
    }
  );
}
