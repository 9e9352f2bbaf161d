// The pieces of bench:outcomes-stats that decide its figures: percentiles, CSV records across chunks,
// the memory read from /proc, and the statements it times (keyset cursor, filters).
import { describe, expect, it } from 'vitest';
import { CsvRecordCounter } from './bench-outcomes-stats/csv-records';
import { STATS_QUERIES, cursorOfPage, outcomesPage } from './bench-outcomes-stats/expected-sql';
import { percentile } from './bench-outcomes-stats/measure';
import { memoryOf, parseStatus, processTree } from './bench-outcomes-stats/process-memory';

describe('bench:outcomes-stats', () => {
  it('takes nearest-rank percentiles', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 100)).toBe(100);
    expect(percentile([7], 95)).toBe(7);
  });

  it('counts CSV records whatever the chunks, with line breaks and quotes inside quoted fields', () => {
    const csv = 'id,summary\r\n1,"خط اول\nخط دوم"\r\n2,"گفت ""بله"", رفت"\r\n3,ساده';
    for (const size of [1, 2, 3, 7, csv.length]) {
      const counter = new CsvRecordCounter();
      for (let i = 0; i < csv.length; i += size) counter.push(csv.slice(i, i + size));
      expect(counter.end()).toBe(4);
    }
    const trailing = new CsvRecordCounter();
    trailing.push('a\nb\n');
    expect(trailing.end()).toBe(2);
  });

  it('reads VmRSS and VmHWM, and finds this process and its memory', () => {
    expect(parseStatus('Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n')).toEqual({ rssKb: 102400, hwmKb: 204800 });
    expect(processTree(process.pid)[0]).toBe(process.pid);
    expect(memoryOf(process.pid)!.rssKb).toBeGreaterThan(1000);
  });

  it('pages /outcomes by keyset, newest first, one row beyond the page', () => {
    const page = outcomesPage({ provinceId: 4, q: 'پلمب', after: 1234 }, 20);
    expect(page.text).toMatch(/o\."seq" < \$\d/);
    expect(page.text).toMatch(/ORDER BY o\."seq" DESC\s+LIMIT \$\d+$/);
    expect(page.values).toEqual([4, 'پلمب', 1234, 21]);
    expect(page.text).not.toMatch(/reportId/);
    // Page 500's cursor is the last row of page 499: 9,980 rows in.
    expect(cursorOfPage({ provinceId: 4 }, 500, 20).values).toEqual([4, 9979]);
  });

  it('bounds every yearly aggregate by the Jalali year in Tehran', () => {
    for (const q of STATS_QUERIES) {
      const sql = q.sql(1405);
      const bounds = sql.values.filter((v): v is Date => v instanceof Date).map((d) => d.toISOString());
      if (q.name.startsWith('published')) expect(sql.values).toContain(1405);
      else expect(bounds).toEqual(['2026-03-20T20:30:00.000Z', '2027-03-20T20:30:00.000Z']);
    }
  });
});
