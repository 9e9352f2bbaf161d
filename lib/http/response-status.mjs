// Plain JavaScript, loaded by server.mjs: lets a page choose the status of the response it renders.
//
// Next.js 16 answers forbidden() and notFound() thrown while a page renders with an empty HTML shell and
// draws the 403/404 page only once JavaScript runs (vercel/next.js#62228). Sajam's pages catch those and
// render the page themselves (app/fallback-pages.tsx), so the HTML carries it, and ask here for the
// status; server.mjs applies it when Next.js writes the response head. Without server.mjs in front
// (`next dev`) such a page answers 200.
import { AsyncLocalStorage } from 'node:async_hooks';

// One store per process, whichever bundle loads this module first (server.mjs, or Next.js's copy).
const KEY = Symbol.for('sajam.response-status');

/** @returns {AsyncLocalStorage<{ status?: number }>} */
function store() {
  return (globalThis[KEY] ??= new AsyncLocalStorage());
}

/**
 * The status of Next.js's unauthorized() (401), forbidden() (403) and notFound() (404) errors, read from
 * their digest; undefined for anything else (redirect(), a real error).
 * @param {unknown} error @returns {401 | 403 | 404 | undefined}
 */
export function accessFallbackStatus(error) {
  const digest = typeof error === 'object' && error !== null ? /** @type {{ digest?: unknown }} */ (error).digest : undefined;
  if (digest === 'NEXT_HTTP_ERROR_FALLBACK;401') return 401;
  if (digest === 'NEXT_HTTP_ERROR_FALLBACK;403') return 403;
  if (digest === 'NEXT_HTTP_ERROR_FALLBACK;404') return 404;
  return undefined;
}

/**
 * server.mjs: handles one request with a place for the status its page asks for. Only a document (not
 * the client router's RSC fetches or a server action's answer, which the client reads itself) gets it,
 * and only in place of a 200: a redirect or an error keeps its own status.
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 * @param {() => Promise<void>} handle
 */
export function handleWithResponseStatus(req, res, handle) {
  /** @type {{ status?: number }} */
  const slot = {};
  if (req.headers.rsc === undefined && req.headers['next-action'] === undefined) {
    const writeHead = res.writeHead;
    // Node's implicit head (first write) also goes through res.writeHead(res.statusCode).
    res.writeHead = /** @type {typeof res.writeHead} */ (
      function (statusCode, ...rest) {
        return writeHead.call(this, statusCode === 200 && slot.status ? slot.status : statusCode, ...rest);
      }
    );
  }
  return store().run(slot, handle);
}

/** A page: answer with this status (when served through server.mjs). */
export function setResponseStatus(status) {
  const slot = store().getStore();
  if (slot) slot.status = status;
}
