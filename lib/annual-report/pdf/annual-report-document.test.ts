import { describe, expect, test } from 'vitest';
import { emptyAnnualFigures, sampleAnnualFigures } from '@/lib/testing/annual-figures';
import { sectionsOf, yearHasNoData } from './annual-report-document';

describe('a year with no data', () => {
  test('no report at all: the plain sentence and the verification page only', () => {
    expect(yearHasNoData(emptyAnnualFigures())).toBe('empty');
    expect(sectionsOf(emptyAnnualFigures())).toEqual(['noData', 'verification']);
  });

  test('every figure withheld in a suppressed copy: said so without telling none from 1–4, no empty charts', () => {
    // Break-it review: months that cannot hold reports are published as 0, and once counted as data, so an empty
    // province's copy drew 13 pages of withheld tables and empty charts.
    const withheld = emptyAnnualFigures(1404, { suppressed: true });
    expect(withheld.current.byMonth.slice(9)).toEqual([0, 0, 0]);
    expect(yearHasNoData(withheld)).toBe('withheld');
    expect(sectionsOf(withheld)).toEqual(['noData', 'verification']);
    // A suppressed copy never says "no report at all", even if a total of 0 reached it.
    expect(yearHasNoData({ ...withheld, current: { ...withheld.current, total: 0 } })).toBe(false);
    // One printed month is data.
    expect(yearHasNoData({ ...withheld, current: { ...withheld.current, byMonth: [7, ...withheld.current.byMonth.slice(1)] } })).toBe(false);
  });

  test('a year with figures gets every section, the verification page last', () => {
    expect(yearHasNoData(sampleAnnualFigures())).toBe(false);
    expect(sectionsOf(sampleAnnualFigures())).toEqual([
      'summary',
      'kinds',
      'provinces',
      'funnel',
      'agencies',
      'volunteers',
      'trend',
      'appendix',
      'verification',
    ]);
  });
});
