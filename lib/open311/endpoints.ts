import 'server-only';
// The Open311 endpoints, each once for both formats; the route files under app/api/open311/v2 only
// bind an address to one of these. No rule lives here: each calls one use case.
import { AppError } from '@/lib/errors';
import { discovery } from './discovery';
import { keyedEndpoint, publicEndpoint, splitFormat, type Format, type KeyedContext } from './endpoint';
import { getServiceRequest } from './get-service-request';
import { listServiceRequestUpdates } from './list-service-request-updates';
import { listServiceRequests, type Open311Reader } from './list-service-requests';
import { getServiceDefinition, listServices } from './list-services';
import { openApiDocument } from './openapi';
import { postServiceRequestUpdate } from './post-service-request-update';
import { parseRequestsQuery, parseUpdatesQuery } from './query';

const readerOf = (ctx: KeyedContext): Open311Reader => ({ agencyId: ctx.key.agencyId, locale: ctx.locale, baseUrl: ctx.baseUrl });

/** The form's text fields and its `media` files. */
function formFields(form: FormData | null): { fields: Record<string, string | undefined>; files: File[] } {
  const fields: Record<string, string | undefined> = {};
  const files: File[] = [];
  for (const [name, value] of form?.entries() ?? []) {
    if (typeof value === 'string') fields[name] ??= value;
    else if (name === 'media') files.push(value);
  }
  return { fields, files };
}

export const discoveryEndpoint = publicEndpoint(async (ctx) => ({ root: 'discovery', body: discovery({ baseUrl: ctx.baseUrl }) }));

export const servicesEndpoint = publicEndpoint(async (ctx) => ({ root: 'services', body: await listServices({ locale: ctx.locale }) }));

const serviceDefinition = publicEndpoint(async (_ctx, code: string) => ({ root: 'serviceDefinition', body: await getServiceDefinition({ code }) }));

export const requestsEndpoint = keyedEndpoint({}, async (ctx) => ({
  root: 'serviceRequests',
  body: await listServiceRequests({ reader: readerOf(ctx), query: parseRequestsQuery(ctx.url.searchParams) }),
}));

const request = keyedEndpoint({}, async (ctx, id: string) => ({ root: 'serviceRequests', body: await getServiceRequest({ reader: readerOf(ctx), id }) }));

export const updatesEndpoint = keyedEndpoint({}, async (ctx) => ({
  root: 'serviceRequestUpdates',
  body: await listServiceRequestUpdates({ reader: readerOf(ctx), query: parseUpdatesQuery(ctx.url.searchParams) }),
}));

export const postUpdateEndpoint = keyedEndpoint({ form: true }, async (ctx) => ({
  root: 'serviceRequestUpdates',
  body: await postServiceRequestUpdate({ caller: ctx.key, ...formFields(ctx.form) }),
}));

/** `{code}.json` / `{code}.xml`; another ending is a 404 in JSON. */
export function serviceDefinitionEndpoint(req: Request, file: string): Promise<Response> {
  const split = splitFormat(file);
  return split ? serviceDefinition(req, split.format, split.name) : notFound(req, 'json');
}

export function requestEndpoint(req: Request, file: string): Promise<Response> {
  const split = splitFormat(file);
  return split ? request(req, split.format, split.name) : notFound(req, 'json');
}

const notFound = publicEndpoint(async () => {
  throw new AppError('NOT_FOUND');
});

const openApi = publicEndpoint(async (ctx) => ({ root: 'discovery', body: openApiDocument({ baseUrl: ctx.baseUrl }) }));

/** The OpenAPI 3.1 document, JSON only. */
export const openApiEndpoint = (req: Request) => openApi(req, 'json');

export type { Format };
