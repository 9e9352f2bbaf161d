import { describe, expect, it } from 'vitest';
import { STATS_DATASETS, statsTableRows, toCsv } from './open-data-tables';
import type { StatsFigures } from './figures';

describe('open-data aggregate tables (issue #16)', () => {
  it('writes RFC 4180 CSV with a BOM: CRLF, quoted commas, quotes and line breaks, null as empty', () => {
    const csv = toCsv(
      ['a', 'b', 'c'],
      [
        ['x,y', 'say "hi"', null],
        ['line\nbreak', 5, 1.5],
      ],
    );
    expect(csv).toBe('\uFEFFa,b,c\r\n"x,y","say ""hi""",\r\n"line\nbreak",5,1.5\r\n');
  });

  it('gives each table one value per column, and no unknown table', () => {
    const figures: StatsFigures = {
      version: 1,
      year: 1405,
      suppressed: true,
      total: 12,
      byKind: [{ kind: 'REPORT', count: 12 }],
      provinces: [{ id: 4, name: 'تهران', nameEn: 'Tehran', population: 13_267_637, count: 12, per100k: 0.09 }],
      categories: [{ id: 1, name: 'جرم', nameEn: 'Crime', count: 12 }],
      provinceCategory: [[12]],
      byMonth: [12, null, null, null, null, null, null, null, null, null, null, null],
      funnel: { steps: [{ step: 'received', count: 12 }], stages: [{ stage: 'CORE_REVIEW', entered: null, rejected: null, rejectedPercent: null }] },
      agencies: [
        {
          id: 'x',
          slug: 'police',
          name: 'پلیس',
          nameEn: 'Police',
          referrals: 10,
          acknowledgedWithinDuePercent: 50,
          answeredWithinDuePercent: null,
          medianDaysToAcknowledge: 2.5,
          medianDaysToAnswer: null,
          sentBackPercent: null,
          satisfiedPercent: null,
        },
      ],
      referralsTotal: 10,
    };
    for (const d of STATS_DATASETS) {
      const rows = statsTableRows(d.id, figures)!;
      expect(rows.length, d.id).toBeGreaterThan(0);
      for (const row of rows) expect(row, d.id).toHaveLength(d.columns.length);
      expect(d.csv).toBe(`/api/open-data/stats/${d.id}.csv`);
    }
    expect(statsTableRows('by-month', figures)![0]).toEqual([1405, 1, 'فروردین', 12]);
    expect(statsTableRows('nope', figures)).toBeNull();
  });
});
