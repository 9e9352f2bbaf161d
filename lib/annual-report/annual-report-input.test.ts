// The request form's fields as the server reads them (issue #17; the loose forms are from the break-it review).
import { describe, expect, it } from 'vitest';
import { parseAnnualReportForm } from './annual-report-input';

const CURRENT = 1405;
const AGENCY = '2b7c1e4e-3f0a-4c55-9d2e-6a1b2c3d4e5f';
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return parseAnnualReportForm(data, CURRENT);
};
const errorsOf = (fields: Record<string, string>) => {
  const r = form(fields);
  return r.success ? null : Object.fromEntries(r.error.issues.map((i) => [i.path.join('.'), i.message]));
};

describe('parseAnnualReportForm', () => {
  it('reads the select’s own values, and years in Latin or Persian digits', () => {
    expect(form({ year: '1404', scope: 'national' }).data).toEqual({ year: 1404 });
    expect(form({ year: '۱۴۰۳', scope: 'province:4' }).data).toEqual({ year: 1403, provinceId: 4 });
    expect(form({ year: ' 1404 ', scope: `agency:${AGENCY}` }).data).toEqual({ year: 1404, agencyId: AGENCY });
  });

  it('refuses numbers JavaScript would read but a person did not type: hex, exponents, decimals, signs', () => {
    for (const year of ['0x57d', '1.404e3', '1404.0', '+1404', '1404abc', '']) expect(errorsOf({ year, scope: 'national' })).toEqual({ year: 'year' });
    for (const id of ['0x4', '4.0', '4e0', '-4', '', 'abc']) expect(errorsOf({ year: '1404', scope: `province:${id}` })).toMatchObject({ provinceId: 'scope' });
  });

  it('refuses a scope the form does not offer instead of reading it as the country', () => {
    for (const scope of ['bogus:1', 'national:5', 'Province:4', '', 'province:5:junk', `agency:${AGENCY}:x`])
      expect(errorsOf({ year: '1404', scope })).toEqual({ scope: 'scope' });
    expect(errorsOf({ year: '1404' })).toEqual({ scope: 'scope' });
  });

  it('keeps the range rules: from 1390 to this year, a future year said as such', () => {
    expect(errorsOf({ year: '1389', scope: 'national' })).toEqual({ year: 'year' });
    expect(errorsOf({ year: '1406', scope: 'national' })).toEqual({ year: 'yearFuture' });
    expect(errorsOf({ year: '1404', scope: 'province:99999999999' })).toMatchObject({ provinceId: 'scope' });
  });
});
