// The query parameters of requests.{fmt} and servicerequestupdates.{fmt} (GET), parsed once into what
// the use cases need. Pure and tested (query.test.ts). Every refusal is a VALIDATION error naming the
// parameter, answered 400. Unknown parameters are ignored, as GeoReport clients send extras
// (jurisdiction_id, api_key).
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import type { RequestStatus } from './status-mapping';

export const MAX_WINDOW_DAYS = 90;
export const DEFAULT_PAGE_SIZE = 50;
export const MAX_PAGE_SIZE = 200;
/** How deep `page` may go (page × page_size): further, narrow by dates or updated_after instead. */
export const MAX_OFFSET = 10_000;
export const MAX_IDS = 100;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A W3C date-time (ISO 8601 with a zone, seconds optional), or a bare date taken as UTC midnight. */
const w3cDate = z.union([z.iso.datetime({ offset: true, local: false }), z.iso.date()]).transform((v) => new Date(v.length === 10 ? `${v}T00:00:00Z` : v));

export type Paging = { page: number; pageSize: number };

export type RequestsQuery =
  | { kind: 'ids'; ids: string[] }
  | {
      kind: 'search';
      serviceCodes: string[] | null;
      statuses: RequestStatus[] | null;
      /** On requested_datetime; null when updated_after alone bounds the search. */
      window: { from: Date; to: Date } | null;
      updatedAfter: Date | null;
      paging: Paging;
    };

export type UpdatesQuery = { window: { from: Date; to: Date }; paging: Paging };

function invalid(param: string): AppError {
  return new AppError('VALIDATION', `bad ${param}`, { fieldErrors: { [param]: [param] } });
}

const single = (params: URLSearchParams, name: string): string | null => {
  const all = params.getAll(name);
  if (all.length > 1) throw invalid(name);
  const v = all[0]?.trim();
  return v ? v : null;
};

function dateParam(params: URLSearchParams, name: string): Date | null {
  const raw = single(params, name);
  if (raw === null) return null;
  const parsed = w3cDate.safeParse(raw);
  if (!parsed.success || Number.isNaN(parsed.data.getTime())) throw invalid(name);
  return parsed.data;
}

function list(params: URLSearchParams, name: string, max: number): string[] | null {
  const raw = single(params, name);
  if (raw === null) return null;
  const items = [
    ...new Set(
      raw
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (items.length === 0 || items.length > max) throw invalid(name);
  return items;
}

function intParam(params: URLSearchParams, name: string, fallback: number, max: number): number {
  const raw = single(params, name);
  if (raw === null) return fallback;
  if (!/^\d{1,6}$/.test(raw)) throw invalid(name);
  const n = Number(raw);
  if (n < 1 || n > max) throw invalid(name);
  return n;
}

function paging(params: URLSearchParams): Paging {
  const pageSize = intParam(params, 'page_size', DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE);
  const page = intParam(params, 'page', 1, Math.floor(MAX_OFFSET / pageSize));
  return { page, pageSize };
}

/**
 * start_date / end_date: at most 90 days apart; one alone reaches 90 days from it (never past now);
 * neither means the last 90 days, unless `optional` (requests with updated_after), when it is null.
 */
function window(params: URLSearchParams, now: Date, optional: boolean): { from: Date; to: Date } | null {
  const from = dateParam(params, 'start_date');
  const to = dateParam(params, 'end_date');
  if (!from && !to) return optional ? null : { from: new Date(now.getTime() - MAX_WINDOW_DAYS * DAY_MS), to: now };
  const start = from ?? new Date(to!.getTime() - MAX_WINDOW_DAYS * DAY_MS);
  const end = to ?? new Date(Math.min(now.getTime(), start.getTime() + MAX_WINDOW_DAYS * DAY_MS));
  if (end.getTime() < start.getTime()) throw invalid('end_date');
  if (end.getTime() - start.getTime() > MAX_WINDOW_DAYS * DAY_MS) throw invalid('date_range');
  return { from: start, to: end };
}

/**
 * requests.{fmt}: `service_request_id` (comma-separated, at most 100) wins over everything else, as
 * GeoReport says; otherwise service_code (comma-separated), status (open, closed or both), the window,
 * updated_after and the page.
 */
export function parseRequestsQuery(params: URLSearchParams, now: Date = new Date()): RequestsQuery {
  const ids = list(params, 'service_request_id', MAX_IDS);
  if (ids) return { kind: 'ids', ids };
  const statuses = list(params, 'status', 2);
  if (statuses && !statuses.every((s): s is RequestStatus => s === 'open' || s === 'closed')) throw invalid('status');
  const serviceCodes = list(params, 'service_code', 50);
  if (serviceCodes && !serviceCodes.every((c) => /^[a-z0-9-]{1,64}$/.test(c))) throw invalid('service_code');
  const updatedAfter = dateParam(params, 'updated_after');
  return {
    kind: 'search',
    serviceCodes,
    statuses: statuses as RequestStatus[] | null,
    window: window(params, now, updatedAfter !== null),
    updatedAfter,
    paging: paging(params),
  };
}

/** servicerequestupdates.{fmt} GET: the agency's updates in a window of at most 90 days (default: the last 90), paged. */
export function parseUpdatesQuery(params: URLSearchParams, now: Date = new Date()): UpdatesQuery {
  return { window: window(params, now, false)!, paging: paging(params) };
}
