// GET /api/open-data/stats/<table>.csv|.json from the public snapshot: formats, withheld cells, bad addresses.
import { beforeAll, describe, expect, it } from 'vitest';
import { seededDb } from '@/lib/testing/db';
import { ensureStatsYear } from '@/lib/testing/stats';
import { refreshPublicFigures } from '@/lib/stats/refresh-public';
import { STATS_DATASETS } from '@/lib/stats/open-data-tables';
import { GET } from './route';

const YEAR = 1393;
const get = (table: string, query = '') => GET(new Request(`http://localhost/api/open-data/stats/${table}${query}`), { params: Promise.resolve({ table }) });

beforeAll(async () => {
  const db = await seededDb();
  await ensureStatsYear(db, { year: YEAR, seed: 11 });
  await refreshPublicFigures();
}, 120_000);

describe('the aggregate tables as open data (issue #16)', () => {
  it('serves every table as CSV (BOM, RFC 4180, withheld cells empty) and JSON (withheld cells null)', async () => {
    for (const d of STATS_DATASETS) {
      const csv = await get(`${d.id}.csv`, `?year=${YEAR}`);
      expect(csv.status, d.id).toBe(200);
      expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      const bytes = new Uint8Array(await csv.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = new TextDecoder().decode(bytes.slice(3));
      const lines = text.split('\r\n');
      expect(lines[0]).toBe(d.columns.map((c) => c.name).join(','));
      expect(lines.at(-1)).toBe('');
      const json = await get(`${d.id}.json`, `?year=${YEAR}`);
      const body = (await json.json()) as { year: number; rows: Record<string, unknown>[]; columns: unknown[] };
      expect(body.year).toBe(YEAR);
      expect(body.rows).toHaveLength(lines.length - 2);
      expect(JSON.stringify(body)).not.toMatch(/reportId|trackingCode|caseNumber/);
    }
    const cells = (await (await get('province-category.json', `?year=${YEAR}`)).json()) as { rows: { count: number | null }[] };
    expect(cells.rows.some((r) => r.count === null)).toBe(true);
    expect(cells.rows.every((r) => r.count === null || r.count >= 5)).toBe(true);
    // A withheld count is an empty CSV field.
    const csv = new TextDecoder().decode(new Uint8Array(await (await get('province-category.csv', `?year=${YEAR}`)).arrayBuffer()));
    expect(csv).toMatch(/,\r\n/);
  });

  it('answers an unknown table 404 and a bad or unpublished year 400, in Persian', async () => {
    const missing = await get('secrets.csv', `?year=${YEAR}`);
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { fieldErrors: { table: string[] } }).fieldErrors.table[0]).toMatch(/جدولی/);
    expect((await get('by-kind.xml')).status).toBe(404);
    for (const query of ['?year=abc', '?year=99', '?year=1300']) {
      const bad = await get('by-kind.json', query);
      expect(bad.status, query).toBe(400);
      expect(((await bad.json()) as { message: string }).message).toMatch(/[\u0600-\u06FF]/);
    }
    // Without a year: the newest year with a snapshot.
    expect((await get('by-kind.json')).status).toBe(200);
  });
});
