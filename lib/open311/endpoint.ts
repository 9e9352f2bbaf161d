import 'server-only';
// The one wrapper of the Open311 API (STYLE.md: dub's withWorkspace): the answer's format from the
// address, the key (api_key as GeoReport says, or Authorization: Bearer) checked before any work and
// refused with one 403 whatever was wrong with it, the key's own limit (429 with Retry-After), then the
// use case, and the answer in JSON or XML. Every answer to a known key is audited (`api_key.used`:
// method, path without the query — it may hold the key — and status); refusals before a key is known
// (403) and over its limit (429) are not, so a flood costs no audit row. Errors are GeoReport's array of
// {code, description}: 400 for anything the client must change, 404 for what it cannot reach (absent and
// another agency's alike), 409 when the referral changed at the same moment (a retry is safe).
import { authenticateApiKey, type ApiKeyIdentity } from '@/lib/agencies/api-keys/authenticate-api-key';
import { recordApiKeyUse } from '@/lib/agencies/api-keys/record-api-key-use';
import { getEnv } from '@/lib/env';
import { AppError, errorStatus, isAppError } from '@/lib/errors';
import { readRequestBody } from '@/lib/http/read-body';
import { logUnexpected } from '@/lib/log/logger';
import { consumeApiKeyLimit } from '@/lib/rate-limit/api-key-limits';
import en from '@/messages/en.json';
import fa from '@/messages/fa.json';
import type { Open311Error } from './schemas';
import { toXml, type XmlRoot } from './xml';

export type Format = 'json' | 'xml';
export type Locale = 'fa' | 'en';

export type PublicContext = { request: Request; url: URL; format: Format; locale: Locale; baseUrl: string };
export type KeyedContext = PublicContext & { key: ApiKeyIdentity; form: FormData | null };
export type Answer = { root: XmlRoot; body: unknown; status?: number };

/** Attachments ride on the form (26 MB, like the report form; server.mjs refuses more before this runs). */
const MAX_FORM_BYTES = 26 * 1024 * 1024;

const TEXTS = { fa: fa.apiKeys.api, en: en.apiKeys.api };
/** Marks the FORBIDDEN of a refused key, told apart from a referral move refused by its table. */
const KEY_REFUSED = Symbol('open311 key refused');
type ErrorText = Exclude<keyof (typeof TEXTS)['fa'], 'fields'>;

/** `name.json` / `name.xml` → its name and format; anything else is null (a 404). */
export function splitFormat(file: string): { name: string; format: Format } | null {
  const match = /^(.+)\.(json|xml)$/.exec(file);
  return match ? { name: match[1]!, format: match[2] as Format } : null;
}

function contextOf(request: Request, format: Format): PublicContext {
  const url = new URL(request.url);
  const locale: Locale = /^\s*en\b/i.test(request.headers.get('accept-language') ?? '') ? 'en' : 'fa';
  return { request, url, format, locale, baseUrl: getEnv().NEXTAUTH_URL ?? url.origin };
}

function answer(format: Format, root: XmlRoot, body: unknown, status: number, headers: Record<string, string>): Response {
  const type = format === 'json' ? 'application/json; charset=utf-8' : 'text/xml; charset=utf-8';
  return new Response(format === 'json' ? JSON.stringify(body) : toXml(root, body), { status, headers: { 'Content-Type': type, ...headers } });
}

function errors(format: Format, status: number, list: Open311Error[], headers: Record<string, string> = {}): Response {
  return answer(format, 'errors', list, status, { 'Cache-Control': 'no-store', ...headers });
}

function text(locale: Locale, key: ErrorText, values: Record<string, string | number> = {}): string {
  return Object.entries(values).reduce((s, [k, v]) => s.replace(`{${k}}`, String(v)), TEXTS[locale][key]);
}

/** An error as GeoReport's answer: its status and one {code, description} per problem. */
export function errorAnswer(error: unknown, format: Format, locale: Locale): Response {
  if (!isAppError(error)) {
    const id = logUnexpected(error, 'open311');
    return errors(format, 500, [{ code: 500, description: text(locale, 'INTERNAL', { id }) }]);
  }
  switch (error.code) {
    case 'VALIDATION': {
      const fields = TEXTS[locale].fields as Record<string, string>;
      const list = Object.entries(error.fieldErrors ?? {}).flatMap(([field, keys]) =>
        keys.map((k) => ({ code: 400, description: fields[k] ?? fields[field] ?? text(locale, 'VALIDATION') })),
      );
      return errors(format, 400, list.length ? list : [{ code: 400, description: text(locale, 'VALIDATION') }]);
    }
    // The key refused (checkKey) is the one 403. Any other FORBIDDEN comes from the referral's table (a
    // move not open from its state): a request the client must change, so 400.
    case 'FORBIDDEN':
      return error.cause === KEY_REFUSED
        ? errors(format, 403, [{ code: 403, description: text(locale, 'FORBIDDEN') }])
        : errors(format, 400, [{ code: 400, description: text(locale, 'MOVE_REFUSED') }]);
    case 'RATE_LIMITED': {
      const seconds = error.retryAfterSeconds ?? 60;
      return errors(format, 429, [{ code: 429, description: text(locale, 'RATE_LIMITED', { seconds }) }], { 'Retry-After': String(seconds) });
    }
    case 'NOT_FOUND':
    case 'CONFLICT':
    case 'PAYLOAD_TOO_LARGE':
    case 'UNSUPPORTED_MEDIA_TYPE':
    case 'LENGTH_REQUIRED': {
      const status = errorStatus[error.code];
      return errors(format, status, [{ code: status, description: text(locale, error.code) }]);
    }
    default: {
      const id = logUnexpected(error, 'open311');
      return errors(format, 500, [{ code: 500, description: text(locale, 'INTERNAL', { id }) }]);
    }
  }
}

/** An endpoint anyone may call (discovery, services, the OpenAPI document): what it shows is public. */
export function publicEndpoint<A extends unknown[]>(run: (ctx: PublicContext, ...args: A) => Promise<Answer>) {
  return async (request: Request, format: Format, ...args: A): Promise<Response> => {
    const ctx = contextOf(request, format);
    try {
      const { root, body, status = 200 } = await run(ctx, ...args);
      return answer(format, root, body, status, { 'Cache-Control': 'public, max-age=300', Vary: 'Accept-Language' });
    } catch (error) {
      return errorAnswer(error, format, ctx.locale);
    }
  };
}

/** The key as sent: `Authorization: Bearer …`, else `api_key` in the query, else (forms) in the body. */
function sentKey(request: Request, url: URL): string | null {
  const bearer = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get('authorization') ?? '');
  return bearer?.[1] ?? url.searchParams.get('api_key');
}

/**
 * An endpoint of one agency's key. With `form`, the body is read as a form (urlencoded or multipart),
 * after the key when the key came in the header or the query, so a stranger's upload is refused unread.
 */
export function keyedEndpoint<A extends unknown[]>(o: { form?: boolean }, run: (ctx: KeyedContext, ...args: A) => Promise<Answer>) {
  return async (request: Request, format: Format, ...args: A): Promise<Response> => {
    const ctx = contextOf(request, format);
    let key: ApiKeyIdentity | null = null;
    let form: FormData | null = null;
    try {
      const early = sentKey(request, ctx.url);
      if (early !== null) key = await checkKey(early);
      if (o.form) form = await readForm(request);
      key ??= await checkKey(form?.get('api_key'));
    } catch (error) {
      const response = errorAnswer(error, format, ctx.locale);
      // A refused or over-the-limit key is not a use; a body that cannot be read from a good key is.
      return key && response.status !== 429 ? audited(key, request, ctx.url, response) : response;
    }
    let response: Response;
    try {
      const { root, body, status = 200 } = await run({ ...ctx, key, form }, ...args);
      response = answer(format, root, body, status, { 'Cache-Control': 'no-store' });
    } catch (error) {
      response = errorAnswer(error, format, ctx.locale);
    }
    return audited(key, request, ctx.url, response);
  };
}

/** A live key within its limit; FORBIDDEN (403) for anything else, RATE_LIMITED (429) over the limit. */
async function checkKey(sent: FormDataEntryValue | null | undefined): Promise<ApiKeyIdentity> {
  const key = typeof sent === 'string' ? await authenticateApiKey({ key: sent }) : null;
  if (!key) throw new AppError('FORBIDDEN', 'api key refused', { cause: KEY_REFUSED });
  await consumeApiKeyLimit(key);
  return key;
}

async function readForm(request: Request): Promise<FormData> {
  const body = await readRequestBody(request, { maxBytes: MAX_FORM_BYTES });
  if (body.kind !== 'form') throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'open311 takes forms');
  return body.form;
}

/** Appends `api_key.used` before answering; if the audit cannot be written, the answer is a 500 (nothing goes unrecorded silently). */
async function audited(key: ApiKeyIdentity, request: Request, url: URL, response: Response): Promise<Response> {
  try {
    await recordApiKeyUse({ apiKeyId: key.apiKeyId, method: request.method, path: url.pathname, status: response.status });
    return response;
  } catch (error) {
    const format: Format = url.pathname.endsWith('.xml') ? 'xml' : 'json';
    return errorAnswer(error, format, 'fa');
  }
}
