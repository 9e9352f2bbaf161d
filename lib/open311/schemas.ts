// Every answer of the Open311 API as a zod schema: the JSON answers are checked against them in the
// contract tests, and the OpenAPI document (openapi.ts) is generated from them with z.toJSONSchema, so
// the document cannot drift from what the routes send. XML answers carry the same fields (xml.ts).
// Field names and meanings follow GeoReport v2 (https://wiki.open311.org/GeoReport_v2) and FixMyStreet's
// "service request updates" extension; what Sajam adds or leaves out is said in docs/api.md.
import { z } from 'zod';
import { OPEN311_UPDATE_STATUSES } from './status-mapping';

const dateTime = z.iso.datetime({ offset: true });

export const errorSchema = z
  .object({
    code: z.int().min(400).max(599).describe('The HTTP status of the answer.'),
    description: z.string().describe('A short sentence (Persian by default; English with Accept-Language: en).'),
  })
  .meta({ id: 'Error' });
export const errorsSchema = z.array(errorSchema).min(1).meta({ id: 'Errors', description: 'GeoReport v2 errors: an array of {code, description}.' });

export const discoverySchema = z
  .object({
    changeset: dateTime.describe('When this API last changed.'),
    contact: z.string(),
    key_service: z.string().describe('How an agency gets a key.'),
    endpoints: z.array(
      z.object({
        specification: z.url(),
        url: z.url(),
        changeset: dateTime,
        type: z.enum(['production', 'test']),
        formats: z.array(z.enum(['application/json', 'text/xml'])),
      }),
    ),
  })
  .meta({ id: 'Discovery' });

export const serviceSchema = z
  .object({
    service_code: z.string().describe('The category slug.'),
    service_name: z.string(),
    description: z.string(),
    metadata: z.literal(false).describe('No service has attributes.'),
    type: z.literal('realtime'),
    keywords: z.string(),
    group: z.string(),
  })
  .meta({ id: 'Service' });
export const servicesSchema = z.array(serviceSchema).meta({ id: 'Services' });

export const serviceDefinitionSchema = z
  .object({
    service_code: z.string(),
    attributes: z.array(z.never()).max(0).describe('Always empty: Sajam asks agencies for no attributes.'),
  })
  .meta({ id: 'ServiceDefinition' });

export const serviceRequestSchema = z
  .object({
    service_request_id: z.uuid().describe("The referral's id (one report referred to this agency)."),
    status: z.enum(['open', 'closed']),
    status_notes: z
      .string()
      .nullable()
      .describe(
        "The words of the referral's latest step that had any (Sajam's answer to a question, what is missing, the agency's own answer), else the covering note.",
      ),
    service_name: z.string(),
    service_code: z.string(),
    description: z.string(),
    agency_responsible: z.string(),
    service_notice: z.string(),
    requested_datetime: dateTime.describe('When the report was referred to this agency.'),
    updated_datetime: dateTime,
    expected_datetime: dateTime.nullable().describe('When the answer is due.'),
    address: z.string().describe('Province, county and the place as the reporter described it. Never coordinates.'),
    media_url: z.url().nullable().describe('A signed link to the first cleaned attachment, valid for one hour.'),
    media_urls: z.array(z.url()).describe('Sajam extension: signed links to every cleaned attachment of the report.'),
    referral_status: z
      .enum(['PENDING', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED', 'RESPONDED', 'SENT_BACK', 'ACCEPTED', 'DECLINED_NOT_RESPONSIBLE'])
      .describe("Sajam extension: the referral's own state."),
    acknowledge_by_datetime: dateTime.nullable().describe('Sajam extension: when the acknowledgement is due.'),
    covering_note: z.string().nullable().describe("Sajam extension: the staff's covering note written when referring."),
  })
  .meta({ id: 'ServiceRequest' });
export const serviceRequestsSchema = z.array(serviceRequestSchema).meta({ id: 'ServiceRequests' });

export const serviceRequestUpdateSchema = z
  .object({
    update_id: z.string().describe("The agency's own update_id for updates it posted; Sajam's event id for the others."),
    service_request_id: z.uuid(),
    status: z.enum(['open', 'closed']).describe('The request status after this update.'),
    event: z
      .enum([
        'REFERRED',
        'ACKNOWLEDGED',
        'PROGRESS',
        'CLARIFICATION_REQUESTED',
        'CLARIFIED',
        'RESPONDED',
        'SENT_BACK',
        'ACCEPTED',
        'DECLINED_NOT_RESPONSIBLE',
        'WITHDRAWN',
        'REMINDED',
        'REOPENED_ON_APPEAL',
      ])
      .describe('Sajam extension: what happened.'),
    agency_status: z.enum(OPEN311_UPDATE_STATUSES).nullable().describe('The status the agency posted, for its own updates.'),
    updated_datetime: dateTime,
    description: z.string(),
    media_url: z.url().nullable(),
  })
  .meta({ id: 'ServiceRequestUpdate' });
export const serviceRequestUpdatesSchema = z.array(serviceRequestUpdateSchema).meta({ id: 'ServiceRequestUpdates' });

export const postedUpdateSchema = z
  .array(
    z.object({
      update_id: z.uuid().describe("Sajam's id of the recorded update (the same for a repeated update_id)."),
    }),
  )
  .length(1)
  .meta({ id: 'PostedUpdate' });

/** The form of POST servicerequestupdates (urlencoded, or multipart with `media` files). */
export const postUpdateFormSchema = z
  .object({
    api_key: z.string().optional().describe('The key, unless sent as Authorization: Bearer.'),
    service_request_id: z.string().describe('The referral id from requests.'),
    update_id: z.string().min(1).max(100).describe("The agency's own id for this update: the same id twice records one update."),
    status: z.enum(OPEN311_UPDATE_STATUSES),
    updated_datetime: z.string().optional().describe('W3C date-time; checked, but Sajam records the time it received the update.'),
    description: z.string().optional().describe('The words of the update; required for every status but ACKNOWLEDGED.'),
    media: z.string().optional().describe('Files (multipart only): JPEG, PNG, WebP or PDF, at most 5, cleaned before they are stored.'),
    jurisdiction_id: z.string().optional().describe('Ignored: Sajam is one jurisdiction.'),
  })
  .meta({ id: 'PostUpdateForm' });

export type Discovery = z.infer<typeof discoverySchema>;
export type Service = z.infer<typeof serviceSchema>;
export type ServiceDefinition = z.infer<typeof serviceDefinitionSchema>;
export type ServiceRequest = z.infer<typeof serviceRequestSchema>;
export type ServiceRequestUpdate = z.infer<typeof serviceRequestUpdateSchema>;
export type PostedUpdate = z.infer<typeof postedUpdateSchema>;
export type Open311Error = z.infer<typeof errorSchema>;
