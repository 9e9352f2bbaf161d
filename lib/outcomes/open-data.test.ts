import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OUTCOME_COLUMNS, isoDay, jalaliDay, outcomeCsvValues, toOutcomeRecord, type OpenDataOutcomeRow } from './open-data';

const row: OpenDataOutcomeRow = {
  id: '5b0c2f7e-9d1a-4f0e-8c52-2a41d7e3b9aa',
  kind: 'REPORT',
  categoryId: 6,
  provinceId: 8,
  countyId: 112,
  year: 1404,
  month: 6,
  summary: 'خلاصه',
  answerSummary: 'پاسخ',
  resolution: 'RESOLVED',
  satisfied: true,
  agencyIds: ['a-1', 'a-gone', 'a-2'],
  referredOn: new Date(Date.UTC(2025, 8, 1)),
  acknowledgedOn: null,
  answeredOn: new Date(Date.UTC(2025, 8, 20)),
  acceptedOn: null,
  publishedOn: new Date(Date.UTC(2025, 9, 1)),
  category: { name: 'مشکلات محله و شهر', nameEn: 'Neighbourhood problem' },
  province: { name: 'تهران', nameEn: 'Tehran' },
  county: { name: 'تهران', nameEn: 'Tehran' },
};
const agencies = new Map([
  ['a-1', { name: 'شهرداری تهران', nameEn: 'Tehran Municipality' }],
  ['a-2', { name: 'وزارت بهداشت', nameEn: 'Ministry of Health' }],
]);

describe('the outcomes dataset', () => {
  it('has exactly the documented columns, in order (a new field fails here until it is documented)', () => {
    const record = toOutcomeRecord(row, agencies);
    expect(Object.keys(record)).toEqual([...OUTCOME_COLUMNS]);
    const doc = readFileSync(path.join(process.cwd(), 'docs', 'open-data.md'), 'utf8');
    const section = doc.slice(doc.indexOf('## Published outcomes'), doc.indexOf('## Aggregate tables'));
    const documented = [...section.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]);
    expect(documented).toEqual([...OUTCOME_COLUMNS]);
  });

  it('writes days twice (ISO and Jalali), agencies by name in both languages, and leaves out unknown agencies', () => {
    const record = toOutcomeRecord(row, agencies);
    expect(record).toMatchObject({
      referred_on: '2025-09-01',
      referred_on_jalali: '1404-06-10',
      acknowledged_on: null,
      published_on_jalali: '1404-07-09',
      agencies_fa: ['شهرداری تهران', 'وزارت بهداشت'],
      agencies_en: ['Tehran Municipality', 'Ministry of Health'],
      county_id: 112,
    });
    const cells = outcomeCsvValues(record);
    expect(cells[OUTCOME_COLUMNS.indexOf('agencies_en')]).toBe('Tehran Municipality | Ministry of Health');
    expect(toOutcomeRecord({ ...row, county: null }, agencies)).toMatchObject({ county_id: null, county_fa: null, county_en: null });
  });

  it('turns the first and last day of a Jalali year into the right dates', () => {
    expect(jalaliDay(new Date(Date.UTC(2025, 2, 21)))).toBe('1404-01-01');
    expect(jalaliDay(new Date(Date.UTC(2025, 2, 20)))).toBe('1403-12-30');
    expect(isoDay(new Date(Date.UTC(2025, 2, 20)))).toBe('2025-03-20');
  });
});
