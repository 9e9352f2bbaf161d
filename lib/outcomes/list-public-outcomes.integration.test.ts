// The public outcomes list, one outcome, and the open-data downloads, on rows of the public projection
// written directly (the refresh that writes them in production is tested on its own). Each test makes
// its own agency and filters by it, so the demo outcomes and other files' rows never get in the way.
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import type { Resolution } from '@/lib/generated/prisma/client';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { PEER_HEADER } from '@/lib/http/client-address';
import { parseCsv } from '@/lib/testing/parse-csv';
import { GET as getCsv } from '@/app/api/open-data/outcomes.csv/route';
import { GET as getJson } from '@/app/api/open-data/outcomes.json/route';
import { GET as getIndex } from '@/app/api/open-data/route';
import { exportPublicOutcomes } from './export-public-outcomes';
import { getPublicOutcome } from './get-public-outcome';
import { listPublicOutcomes } from './list-public-outcomes';
import { outcomeFiltersSchema, outcomePageFiltersSchema, type OutcomeFilters } from './outcome-filters';
import { OUTCOME_COLUMNS } from './open-data';

type Row = {
  summary?: string;
  answerSummary?: string;
  provinceId?: number;
  categoryId?: number;
  year?: number;
  month?: number;
  resolution?: Resolution | null;
  satisfied?: boolean | null;
};

const SECRET_DESCRIPTION = 'شرح-محرمانه-گزارش';

/** Published reports and their projection rows, in order (the last inserted is the newest); returns the outcome ids. */
async function insertOutcomes(db: Db, agencyIds: string[], rows: Row[]): Promise<string[]> {
  const reports = rows.map(() => randomUUID());
  await db.report.createMany({
    data: reports.map((id, i) => ({
      id,
      kind: 'REPORT' as const,
      categoryId: rows[i]!.categoryId ?? 1,
      provinceId: rows[i]!.provinceId ?? 8,
      status: 'PUBLISHED' as const,
      description: `${SECRET_DESCRIPTION} ${i}`,
      caseNumber: `T-${uniqueSuffix()}-${i}`,
    })),
  });
  const ids = rows.map(() => randomUUID());
  // One by one, so seq follows the order of the list.
  for (const [i, r] of rows.entries())
    await db.publicOutcome.create({
      data: {
        id: ids[i],
        reportId: reports[i]!,
        kind: 'REPORT',
        categoryId: r.categoryId ?? 1,
        provinceId: r.provinceId ?? 8,
        year: r.year ?? 1404,
        month: r.month ?? 6,
        summary: r.summary ?? `خلاصه عمومی شماره ${i}`,
        answerSummary: r.answerSummary ?? 'پاسخ دستگاه به صورت خلاصه',
        resolution: r.resolution === undefined ? 'RESOLVED' : r.resolution,
        satisfied: r.satisfied === undefined ? null : r.satisfied,
        agencyIds,
        referredOn: new Date(Date.UTC(2025, 8, 1)),
        answeredOn: new Date(Date.UTC(2025, 8, 20)),
        publishedOn: new Date(Date.UTC(2025, 9, 1)),
      },
    });
  return ids;
}

async function createAgency(db: Db) {
  const suffix = uniqueSuffix();
  return db.agency.create({ data: { slug: `outcomes-${suffix}`, name: `دستگاه آزمون ${suffix}`, nameEn: `Test agency ${suffix}` } });
}

/** Every page of the list for these filters, following the next-page cursor. */
async function allPages(filters: Partial<OutcomeFilters>, { limit = 20, searchWindow }: { limit?: number; searchWindow?: number } = {}) {
  const pages: string[][] = [];
  let after: number | undefined;
  do {
    const page = await listPublicOutcomes({ filters: { ...filters, after }, locale: 'fa', limit, searchWindow });
    pages.push(page.items.map((o) => o.id));
    after = page.nextCursor ?? undefined;
  } while (after !== undefined && pages.length < 1000);
  return pages;
}

let peer = 0;
const request = (path: string) =>
  new Request(`http://localhost${path}`, { headers: { [PEER_HEADER]: `${process.env.SAJAM_PEER_TOKEN} 203.0.113.${(peer = (peer % 250) + 1)}` } });

beforeAll(() => {
  process.env.SAJAM_PEER_TOKEN ??= `test-${uniqueSuffix()}`;
});

describe('listPublicOutcomes', () => {
  it('pages newest first by keyset, complete and without repeats, and stays stable when an outcome is published meanwhile', async () => {
    const db = await seededDb();
    const agency = await createAgency(db);
    const ids = await insertOutcomes(
      db,
      [agency.id],
      Array.from({ length: 45 }, () => ({})),
    );
    const pages = await allPages({ agency: agency.id });
    expect(pages.map((p) => p.length)).toEqual([20, 20, 5]);
    expect(pages.flat()).toEqual([...ids].reverse());

    // A new outcome published after page 1 was read does not shift page 2: it is newer than the cursor.
    const first = await listPublicOutcomes({ filters: { agency: agency.id }, locale: 'fa' });
    const [newest] = await insertOutcomes(db, [agency.id], [{}]);
    const second = await listPublicOutcomes({ filters: { agency: agency.id, after: first.nextCursor! }, locale: 'fa' });
    expect(second.items.map((o) => o.id)).toEqual(pages[1]);
    expect((await listPublicOutcomes({ filters: { agency: agency.id }, locale: 'fa' })).items[0]?.id).toBe(newest);
  });

  it('filters by province, category, agency, year and resolution, alone and together', async () => {
    const db = await seededDb();
    const [agency, other] = [await createAgency(db), await createAgency(db)];
    const [a, b, c, d] = await insertOutcomes(
      db,
      [agency.id],
      [
        { provinceId: 10, categoryId: 2, year: 1403, resolution: 'RESOLVED' },
        { provinceId: 11, categoryId: 2, year: 1404, resolution: 'UNRESOLVED' },
        { provinceId: 10, categoryId: 3, year: 1404, resolution: null },
        { provinceId: 10, categoryId: 2, year: 1404, resolution: 'UNRESOLVED' },
      ],
    );
    const [e] = await insertOutcomes(db, [agency.id, other.id], [{ provinceId: 12 }]);
    const ids = async (filters: Partial<OutcomeFilters>) => (await allPages({ agency: agency.id, ...filters })).flat();
    expect(await ids({ province: 10 })).toEqual([d, c, a]);
    expect(await ids({ category: 2 })).toEqual([d, b, a]);
    expect(await ids({ year: 1403 })).toEqual([a]);
    expect(await ids({ resolution: 'UNRESOLVED' })).toEqual([d, b]);
    expect(await ids({ province: 10, category: 2, year: 1404 })).toEqual([d]);
    expect((await allPages({ agency: other.id })).flat()).toEqual([e]);
    expect(await ids({ province: 31 })).toEqual([]);

    // The view names the agencies, in the reader's language, and nothing of the report.
    const view = (await listPublicOutcomes({ filters: { agency: other.id }, locale: 'en' })).items[0]!;
    expect(view.agencies).toEqual([agency.nameEn, other.nameEn]);
    expect(view).not.toHaveProperty('reportId');
    expect(JSON.stringify(view)).not.toContain(SECRET_DESCRIPTION);
  });

  it('searches the summaries with Persian folding (Arabic letters, ZWNJ, Persian digits), by both plans', async () => {
    const db = await seededDb();
    const agency = await createAgency(db);
    const marker = `نشانه${uniqueSuffix().replace(/\d/g, '')}`;
    const [lights, water, plate, answer] = await insertOutcomes(
      db,
      [agency.id],
      [
        { summary: `${marker} چراغ‌های كوچه خاموش بود` },
        { summary: `${marker} آب‌گرفتگی زیرگذر` },
        { summary: `${marker} پلاک ۴۵۸۲ در محل` },
        { summary: `${marker} مورد دیگر`, answerSummary: 'شهرداری درختان را هرس کرد' },
        ...Array.from({ length: 8 }, () => ({ summary: 'خلاصه‌ای بی‌ربط' })),
      ],
    );
    for (const searchWindow of [2000, 3]) {
      const search = async (q: string) => (await allPages({ agency: agency.id, q }, { searchWindow, limit: 2 })).flat();
      // ك (Arabic kaf) in the text, ک typed; ي typed for ی; with and without the ZWNJ.
      expect(await search('کوچه')).toEqual([lights]);
      expect(await search('چراغهاي')).toEqual([lights]);
      expect(await search('چراغ‌های')).toEqual([lights]);
      expect(await search('آبگرفتگی')).toEqual([water]);
      expect(await search('4582')).toEqual([plate]);
      expect(await search('۴۵۸۲')).toEqual([plate]);
      expect(await search('هرس')).toEqual([answer]);
      expect(await search(marker)).toEqual([answer, plate, water, lights]);
      expect(await search('ناموجود')).toEqual([]);
      // Punctuation alone is no search at all: every outcome of the agency.
      expect((await search('& | !')).length).toBe(12);
    }
  });

  it('parses the address leniently on the page and strictly for the API', () => {
    const raw = { province: '1e1', category: '7', agency: 'x', year: '99', resolution: 'MAYBE', q: '   ', after: '-3' };
    expect(outcomePageFiltersSchema.parse(raw)).toEqual({ category: 7 });
    const strict = outcomeFiltersSchema.safeParse(raw);
    expect(strict.success).toBe(false);
    expect(Object.keys(strict.error!.flatten().fieldErrors).sort()).toEqual(['after', 'agency', 'province', 'resolution', 'year']);
  });
});

describe('getPublicOutcome', () => {
  it('finds an outcome by its public id, and is NOT_FOUND for an unknown, malformed or report id', async () => {
    const db = await seededDb();
    const agency = await createAgency(db);
    const [id] = await insertOutcomes(db, [agency.id], [{ summary: 'خلاصه یک نتیجه', satisfied: true }]);
    const outcome = await getPublicOutcome({ id: id!, locale: 'fa' });
    expect(outcome).toMatchObject({ id, summary: 'خلاصه یک نتیجه', satisfied: true, agencies: [agency.name] });
    const reportId = (await db.publicOutcome.findUniqueOrThrow({ where: { id: id! }, select: { reportId: true } })).reportId;
    for (const wrong of [randomUUID(), 'not-an-id', "1' OR '1'='1", reportId])
      await expect(getPublicOutcome({ id: wrong, locale: 'fa' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('open data: outcomes.csv and outcomes.json', () => {
  it('streams every matching outcome, with the documented columns and nothing of the report', async () => {
    const db = await seededDb();
    const agency = await createAgency(db);
    const tricky = 'خلاصه با "نقل قول"، ویرگول, و\nخط دوم';
    const ids = await insertOutcomes(db, [agency.id], [{ summary: tricky, satisfied: false, resolution: null }, {}, { year: 1403 }]);
    const csv = await getCsv(request(`/api/open-data/outcomes.csv?agency=${agency.id}`));
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
    expect(csv.headers.get('content-disposition')).toBe('attachment; filename="sajam-outcomes.csv"');
    expect(csv.headers.get('cache-control')).toBe('public, max-age=300');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1);
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([...OUTCOME_COLUMNS]);
    expect(rows.map((r) => r[0])).toEqual([...ids].reverse());
    const first = Object.fromEntries(header!.map((h, i) => [h, rows[2]![i]]));
    expect(first).toMatchObject({
      summary: tricky,
      resolution: '',
      reporter_satisfied: 'false',
      agencies_fa: agency.name,
      referred_on: '2025-09-01',
      referred_on_jalali: '1404-06-10',
      published_on: '2025-10-01',
      published_on_jalali: '1404-07-09',
      acknowledged_on: '',
      county_id: '',
    });
    // No description, case number, report id or sequence number anywhere in the file.
    const reportIds = await db.publicOutcome.findMany({ where: { id: { in: ids } }, select: { reportId: true, seq: true } });
    for (const secret of [SECRET_DESCRIPTION, 'T-', ...reportIds.map((r) => r.reportId)]) expect(text.includes(secret), secret).toBe(false);
    expect(header!.filter((h) => /report_?id|seq|case|track/i.test(h))).toEqual([]);

    const json = await getJson(request(`/api/open-data/outcomes.json?agency=${agency.id}&year=1403`));
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    const records = (await json.json()) as Record<string, unknown>[];
    expect(records.map((r) => r.id)).toEqual([ids[2]]);
    expect(Object.keys(records[0]!)).toEqual([...OUTCOME_COLUMNS]);
    expect(records[0]).toMatchObject({ agencies_fa: [agency.name], agencies_en: [agency.nameEn], submitted_year: 1403, reporter_satisfied: null });

    // Nothing matching: an empty CSV (header only) and an empty JSON array, still valid.
    const none = await getJson(request(`/api/open-data/outcomes.json?agency=${randomUUID()}`));
    expect(await none.json()).toEqual([]);
  });

  it('refuses a malformed filter with 400 and a Persian message, instead of a silent full download', async () => {
    const response = await getCsv(request('/api/open-data/outcomes.csv?year=abcd&resolution=MAYBE'));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; fieldErrors: Record<string, string[]> };
    expect(body.error).toBe('VALIDATION');
    expect(body.fieldErrors.year).toEqual(['سال باید یک سال شمسی چهاررقمی باشد، مثلاً 1405.']);
    expect(body.fieldErrors.resolution).toEqual(['نتیجه باید RESOLVED یا UNRESOLVED باشد.']);
  });

  it('reads the table in batches: 5,000 outcomes stream whole, in order, one batch held at a time', async () => {
    const db = await seededDb();
    const agency = await createAgency(db);
    const n = 5000;
    const province = 13;
    // Written in bulk: report and outcome rows through SQL (createMany in one statement each).
    const reportIds = Array.from({ length: n }, () => randomUUID());
    await db.report.createMany({
      data: reportIds.map((id) => ({
        id,
        kind: 'REPORT' as const,
        categoryId: 1,
        provinceId: province,
        status: 'PUBLISHED' as const,
        description: SECRET_DESCRIPTION,
      })),
    });
    await db.publicOutcome.createMany({
      data: reportIds.map((reportId, i) => ({
        reportId,
        kind: 'REPORT' as const,
        categoryId: 1,
        provinceId: province,
        year: 1404,
        month: 1 + (i % 12),
        summary: `خلاصه ${i}`,
        answerSummary: 'پاسخ',
        agencyIds: [agency.id],
        publishedOn: new Date(Date.UTC(2025, 9, 1)),
      })),
    });
    const csv = await getCsv(request(`/api/open-data/outcomes.csv?agency=${agency.id}`));
    const rows = parseCsv(new TextDecoder().decode(await csv.arrayBuffer()));
    expect(rows).toHaveLength(n + 1);
    expect(new Set(rows.slice(1).map((r) => r[0])).size).toBe(n);
    expect(rows[1]![OUTCOME_COLUMNS.indexOf('summary')]).toBe(`خلاصه ${n - 1}`);
    expect(rows[n]![OUTCOME_COLUMNS.indexOf('summary')]).toBe('خلاصه 0');

    // The stream is pulled: after the header, each read brings one batch.
    const reader = exportPublicOutcomes({ filters: { agency: agency.id }, format: 'json', batchSize: 1000 }).getReader();
    const chunks: string[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) chunks.push(new TextDecoder().decode(r.value));
    expect(chunks.length).toBe(1 + 5 + 1);
    expect((JSON.parse(chunks.join('')) as unknown[]).length).toBe(n);
  });

  it('lists the datasets with their CSV and JSON addresses and the licence', async () => {
    const index = (await (await getIndex()).json()) as { licence: { name: string }; datasets: { id: string; csv: string; json: string }[] };
    expect(index.licence.name).toBe('CC BY 4.0');
    expect(index.datasets).toContainEqual(
      expect.objectContaining({ id: 'outcomes', csv: '/api/open-data/outcomes.csv', json: '/api/open-data/outcomes.json' }),
    );
  });
});

describe('the demo outcomes', () => {
  it('are published in Tehran with their agencies, newest first, and none names its report', async () => {
    const db = await seededDb();
    const tehran = await db.province.findFirstOrThrow({ where: { nameEn: 'Tehran' }, select: { id: true } });
    // Every page: other test files publish in Tehran at the same time, so the demo's may not be on the first.
    const items: Awaited<ReturnType<typeof listPublicOutcomes>>['items'] = [];
    for (let after: number | undefined, page; (page = await listPublicOutcomes({ filters: { province: tehran.id, q: 'نمونه', after }, locale: 'fa' }));) {
      items.push(...page.items);
      if (page.nextCursor === null) break;
      after = page.nextCursor;
    }
    const demo = items.filter((o) => o.summary.startsWith('نمونه:'));
    expect(demo.length).toBeGreaterThanOrEqual(3);
    // Newest first holds for the whole list (the keyset test above); which demo is newest depends on what
    // earlier test files re-projected in this shared database.
    expect(demo.some((o) => o.summary.includes('پیاده‌رو'))).toBe(true);
    expect(demo.flatMap((o) => o.agencies)).toContain('شهرداری تهران');
  });
});
