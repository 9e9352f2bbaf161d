import { describe, expect, it } from 'vitest';
import { parseRequestsQuery, parseUpdatesQuery } from './query';

const now = new Date('2026-12-01T12:00:00Z');
const q = (s: string) => new URLSearchParams(s);
const DAY = 24 * 60 * 60 * 1000;

const refused = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    return (error as { code?: string; fieldErrors?: Record<string, string[]> }).fieldErrors ?? (error as { code?: string }).code;
  }
  return 'accepted';
};

describe('requests query', () => {
  it('defaults to the last 90 days, first page of 50', () => {
    expect(parseRequestsQuery(q(''), now)).toEqual({
      kind: 'search',
      serviceCodes: null,
      statuses: null,
      window: { from: new Date(now.getTime() - 90 * DAY), to: now },
      updatedAfter: null,
      paging: { page: 1, pageSize: 50 },
    });
  });

  it('lets service_request_id win over every other parameter', () => {
    expect(parseRequestsQuery(q('service_request_id=a, b,a&status=nonsense&page=-1'), now)).toEqual({ kind: 'ids', ids: ['a', 'b'] });
  });

  it('reads filters, W3C dates with zones and bare dates, and the page', () => {
    const parsed = parseRequestsQuery(
      q('service_code=street-lighting,roads&status=open&start_date=2026-10-01T00:00:00%2B03:30&end_date=2026-11-01&page=2&page_size=10&jurisdiction_id=x'),
      now,
    );
    expect(parsed).toMatchObject({
      serviceCodes: ['street-lighting', 'roads'],
      statuses: ['open'],
      window: { from: new Date('2026-09-30T20:30:00Z'), to: new Date('2026-11-01T00:00:00Z') },
      paging: { page: 2, pageSize: 10 },
    });
  });

  it('reaches 90 days from a lone start_date (never past now) and back from a lone end_date', () => {
    expect(parseRequestsQuery(q('start_date=2026-11-20T00:00:00Z'), now)).toMatchObject({ window: { from: new Date('2026-11-20T00:00:00Z'), to: now } });
    expect(parseRequestsQuery(q('start_date=2026-01-01T00:00:00Z'), now)).toMatchObject({
      window: { from: new Date('2026-01-01T00:00:00Z'), to: new Date(new Date('2026-01-01T00:00:00Z').getTime() + 90 * DAY) },
    });
    expect(parseRequestsQuery(q('end_date=2026-06-01T00:00:00Z'), now)).toMatchObject({
      window: { from: new Date(new Date('2026-06-01T00:00:00Z').getTime() - 90 * DAY), to: new Date('2026-06-01T00:00:00Z') },
    });
  });

  it('drops the default window when updated_after alone bounds the search', () => {
    expect(parseRequestsQuery(q('updated_after=2025-01-01T00:00:00Z'), now)).toMatchObject({ window: null, updatedAfter: new Date('2025-01-01T00:00:00Z') });
  });

  it('refuses what it cannot read, naming the parameter', () => {
    expect(refused(() => parseRequestsQuery(q('start_date=2026-01-01T00:00:00Z&end_date=2026-05-01T00:00:00Z'), now))).toEqual({ date_range: ['date_range'] });
    expect(refused(() => parseRequestsQuery(q('start_date=2026-05-01T00:00:00Z&end_date=2026-04-01T00:00:00Z'), now))).toEqual({ end_date: ['end_date'] });
    expect(refused(() => parseRequestsQuery(q('start_date=yesterday'), now))).toEqual({ start_date: ['start_date'] });
    expect(refused(() => parseRequestsQuery(q('start_date=2026-05-01T00:00:00'), now))).toEqual({ start_date: ['start_date'] });
    expect(refused(() => parseRequestsQuery(q('status=pending'), now))).toEqual({ status: ['status'] });
    expect(refused(() => parseRequestsQuery(q('service_code=<script>'), now))).toEqual({ service_code: ['service_code'] });
    expect(refused(() => parseRequestsQuery(q('page_size=201'), now))).toEqual({ page_size: ['page_size'] });
    expect(refused(() => parseRequestsQuery(q('page_size=0'), now))).toEqual({ page_size: ['page_size'] });
    expect(refused(() => parseRequestsQuery(q('page=1.5'), now))).toEqual({ page: ['page'] });
    expect(refused(() => parseRequestsQuery(q('page_size=100&page=101'), now))).toEqual({ page: ['page'] });
    expect(refused(() => parseRequestsQuery(q('status=open&status=closed'), now))).toEqual({ status: ['status'] });
    expect(refused(() => parseRequestsQuery(q(`service_request_id=${Array.from({ length: 101 }, (_, i) => i).join(',')}`), now))).toEqual({
      service_request_id: ['service_request_id'],
    });
  });
});

describe('updates query', () => {
  it('takes a window of at most 90 days (default the last 90) and a page', () => {
    expect(parseUpdatesQuery(q(''), now)).toEqual({ window: { from: new Date(now.getTime() - 90 * DAY), to: now }, paging: { page: 1, pageSize: 50 } });
    expect(parseUpdatesQuery(q('start_date=2026-11-30T00:00:00Z&page_size=5'), now)).toEqual({
      window: { from: new Date('2026-11-30T00:00:00Z'), to: now },
      paging: { page: 1, pageSize: 5 },
    });
    expect(refused(() => parseUpdatesQuery(q('start_date=2020-01-01T00:00:00Z&end_date=2026-01-01T00:00:00Z'), now))).toEqual({ date_range: ['date_range'] });
  });
});
