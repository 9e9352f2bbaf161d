import { describe, expect, test } from 'vitest';
import { emptyAnnualFigures, sampleAnnualFigures } from '@/lib/testing/annual-figures';
import { sectionsOf, yearHasNoData } from './annual-report-document';

describe('a year with no data', () => {
  test('no report at all: the plain sentence and the verification page only', () => {
    expect(yearHasNoData(emptyAnnualFigures())).toBe('empty');
    expect(sectionsOf(emptyAnnualFigures())).toEqual(['noData', 'verification']);
  });

  test('every figure withheld (fewer than 5 reports): said so, no empty charts', () => {
    const empty = emptyAnnualFigures();
    expect(yearHasNoData({ ...empty, current: { ...empty.current, total: null } })).toBe('fewer');
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
