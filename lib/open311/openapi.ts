// The OpenAPI 3.1 document of the Open311 API, generated from the zod schemas the answers are built
// and tested against (schemas.ts), served at /api/open311/v2/openapi.json. Parameters and paths are
// written here; every body's schema comes from z.toJSONSchema (JSON Schema 2020-12, OpenAPI 3.1's own).
import { z } from 'zod';
import { MAX_IDS, MAX_OFFSET, MAX_PAGE_SIZE, MAX_WINDOW_DAYS, DEFAULT_PAGE_SIZE } from './query';
import {
  discoverySchema,
  errorsSchema,
  postedUpdateSchema,
  postUpdateFormSchema,
  serviceDefinitionSchema,
  serviceRequestsSchema,
  serviceRequestUpdatesSchema,
  servicesSchema,
} from './schemas';

const COMPONENTS = {
  Discovery: discoverySchema,
  Services: servicesSchema,
  ServiceDefinition: serviceDefinitionSchema,
  ServiceRequests: serviceRequestsSchema,
  ServiceRequestUpdates: serviceRequestUpdatesSchema,
  PostedUpdate: postedUpdateSchema,
  Errors: errorsSchema,
} as const;
export type ComponentName = keyof typeof COMPONENTS;

const json = (schema: z.ZodType, io: 'output' | 'input' = 'output') => z.toJSONSchema(schema, { target: 'draft-2020-12', io, unrepresentable: 'throw' });

const ref = (name: ComponentName) => ({ $ref: `#/components/schemas/${name}` });
/** Both formats carry the same fields; XML wraps them in GeoReport's elements (docs/api.md). */
const body = (name: ComponentName, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(name) }, 'text/xml': { schema: ref(name) } },
});
const error = (description: string) => body('Errors', description);

const format = { name: 'format', in: 'path', required: true, schema: { type: 'string', enum: ['json', 'xml'] } };
const query = (name: string, description: string, schema: Record<string, unknown> = { type: 'string' }) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});
const apiKey = query('api_key', 'The agency key (or send it as Authorization: Bearer).');
const jurisdiction = query('jurisdiction_id', 'Ignored: Sajam is one jurisdiction.');
const paging = [
  query('page', `1-based page; page × page_size at most ${MAX_OFFSET}.`, { type: 'integer', minimum: 1 }),
  query('page_size', `Default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}.`, { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE }),
];
const window = [
  query('start_date', `W3C date-time (or date). The window is at most ${MAX_WINDOW_DAYS} days; default the last ${MAX_WINDOW_DAYS}.`),
  query('end_date', 'W3C date-time (or date).'),
];
const keyed = {
  '403': error('Missing, unknown, revoked or expired key.'),
  '429': { ...error("Over the key's requests per minute."), headers: { 'Retry-After': { schema: { type: 'integer' }, description: 'Seconds to wait.' } } },
};

export function openApiDocument({ baseUrl }: { baseUrl: string }) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Sajam Open311 GeoReport v2 (agency API)',
      version: '2',
      description:
        "GeoReport v2 with FixMyStreet's service request updates, for agencies' own systems: each agency reads and answers the referrals made to it. Differences from the specification: docs/api.md.",
    },
    servers: [{ url: new URL('/api/open311/v2', baseUrl).toString() }],
    components: {
      schemas: Object.fromEntries(Object.entries(COMPONENTS).map(([name, schema]) => [name, json(schema)])),
      securitySchemes: {
        apiKeyQuery: { type: 'apiKey', in: 'query', name: 'api_key' },
        bearer: { type: 'http', scheme: 'bearer' },
      },
    },
    paths: {
      '/discovery.{format}': { get: { summary: 'Discovery', parameters: [format], responses: { '200': body('Discovery', 'Where the API is.') } } },
      '/services.{format}': {
        get: { summary: 'Services (report categories)', parameters: [format, jurisdiction], responses: { '200': body('Services', 'Every category.') } },
      },
      '/services/{service_code}.{format}': {
        get: {
          summary: 'Service definition',
          parameters: [{ name: 'service_code', in: 'path', required: true, schema: { type: 'string' } }, format, jurisdiction],
          responses: { '200': body('ServiceDefinition', 'No attributes.'), '404': error('Unknown service_code.') },
        },
      },
      '/requests.{format}': {
        get: {
          summary: "This agency's referrals as service requests",
          security: [{ apiKeyQuery: [] }, { bearer: [] }],
          parameters: [
            format,
            apiKey,
            jurisdiction,
            query('service_request_id', `Comma-separated, at most ${MAX_IDS}; every other parameter is then ignored.`),
            query('service_code', 'Comma-separated category slugs.'),
            query('status', 'open, closed, or both comma-separated.'),
            ...window,
            query('updated_after', 'W3C date-time: only requests changed after it, oldest change first; the default window does not apply.'),
            ...paging,
          ],
          responses: {
            '200': body('ServiceRequests', 'Newest referral first (oldest change first with updated_after).'),
            '400': error('A parameter is wrong.'),
            ...keyed,
          },
        },
      },
      '/requests/{service_request_id}.{format}': {
        get: {
          summary: 'One referral',
          security: [{ apiKeyQuery: [] }, { bearer: [] }],
          parameters: [{ name: 'service_request_id', in: 'path', required: true, schema: { type: 'string' } }, format, apiKey, jurisdiction],
          responses: { '200': body('ServiceRequests', 'A list of one.'), '404': error("Unknown, another agency's, or withdrawn."), ...keyed },
        },
      },
      '/servicerequestupdates.{format}': {
        get: {
          summary: "Updates on this agency's referrals",
          security: [{ apiKeyQuery: [] }, { bearer: [] }],
          parameters: [format, apiKey, jurisdiction, ...window, ...paging],
          responses: { '200': body('ServiceRequestUpdates', 'Oldest first.'), '400': error('A parameter is wrong.'), ...keyed },
        },
        post: {
          summary: "Post the agency's update (one referral move)",
          security: [{ apiKeyQuery: [] }, { bearer: [] }],
          parameters: [format],
          requestBody: {
            required: true,
            content: {
              'application/x-www-form-urlencoded': { schema: json(postUpdateFormSchema, 'input') },
              'multipart/form-data': { schema: json(postUpdateFormSchema, 'input') },
            },
          },
          responses: {
            '200': body('PostedUpdate', 'Recorded (or recorded before under the same update_id: the same id comes back).'),
            '400': error('A field is wrong, or the status is not open from the referral’s state.'),
            '404': error("Unknown, another agency's, or withdrawn referral."),
            '409': error('The referral changed at the same moment; send the same update again.'),
            '413': error('Body too large.'),
            '415': error('Not a form.'),
            ...keyed,
          },
        },
      },
      '/openapi.json': { get: { summary: 'This document', responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
  };
}
