// The annual report on the seeded database (issue #17): the figures the statistics module counts, drawn by the PDF
// module, read back with pdftotext, against counts this test makes with its own SQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatNumber, jalaliYearRange, toJalali } from '@/lib/i18n/format';
import { submitReport } from '@/lib/reports/submit-report';
import { getAnnualFigures } from '@/lib/stats/get-annual-figures';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { expected, pageCount, pdfToText, skeleton } from '@/lib/testing/pdf-text';
import { createActor, reportInput } from '@/lib/testing/reports';
import { renderAnnualReportPdf } from './pdf/render-annual-report-pdf';
import fa from '@/messages/fa.json';

const dir = mkdtempSync(path.join(tmpdir(), 'annual-seeded-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const verification = { code: 'TST4-7KQ2', url: 'https://sajam.example/verify/report/TST4-7KQ2' };

describe('the annual report on seeded data', () => {
  it('prints every province and the year’s figures as the test counts them', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    // Enough reports of one kind in one province this year that its counts are not small.
    for (let i = 0; i < 6; i++) await submitReport({ actor: null, input: reportInput({ provinceId: '29' }), files: [], rateKey: `annual-${uniqueSuffix()}` });
    const year = toJalali(new Date()).jy;

    const figures = await getAnnualFigures({ actor: national, year, suppressed: false });
    const file = path.join(dir, 'national.pdf');
    writeFileSync(file, await renderAnnualReportPdf({ figures, locale: 'fa', verification, generatedAt: new Date(), filterLabel: figures.scopeLabel.fa }));
    expect(pageCount(file)).toBeGreaterThan(5);
    const text = skeleton(pdfToText(file));

    // The test's own counts: the year's reports (Tehran calendar), by province and in all.
    const { start, end } = jalaliYearRange(year);
    const provinces = await db.$queryRaw<{ name: string; n: number }[]>`
      SELECT p."name", count(r."id")::int AS n FROM "Province" p
      LEFT JOIN "Report" r ON r."provinceId" = p."id" AND r."submittedAt" >= ${start} AND r."submittedAt" < ${end}
      GROUP BY p."id", p."name" ORDER BY p."id"`;
    expect(provinces).toHaveLength(31);
    const total = provinces.reduce((a, p) => a + p.n, 0);
    for (const p of provinces) expect(text, p.name).toContain(expected(p.name));
    expect(text).toContain(skeleton(formatNumber(total, 'fa')));
    const [kinds] = await db.$queryRaw<{ reports: number; referred: number }[]>`
      SELECT count(*) FILTER (WHERE "kind" = 'REPORT')::int AS reports,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "Referral" f WHERE f."reportId" = r."id" AND f."status" <> 'WITHDRAWN'))::int AS referred
      FROM "Report" r WHERE "submittedAt" >= ${start} AND "submittedAt" < ${end}`;
    expect(text).toContain(skeleton(formatNumber(kinds!.reports, 'fa')));
    expect(text).toContain(skeleton(formatNumber(kinds!.referred, 'fa')));
    expect(figures.current.total).toBe(total);
  }, 120_000);

  it('withholds small counts in a province’s suppressed report, and a year without reports says so', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const year = toJalali(new Date()).jy;
    const figures = await getAnnualFigures({ actor: national, year, provinceId: 29 });
    expect(figures.suppressed).toBe(true);
    const file = path.join(dir, 'province.pdf');
    writeFileSync(file, await renderAnnualReportPdf({ figures, locale: 'fa', verification, generatedAt: new Date(), filterLabel: figures.scopeLabel.fa }));
    const text = skeleton(pdfToText(file));
    expect(text).toContain(expected(figures.scopeLabel.fa));
    expect(text).toContain(expected(fa.stats.withheld));

    const empty = await getAnnualFigures({ actor: national, year: 1390 });
    // Zero is a small count too: withheld like any other below 5.
    expect(empty.current.total).toBeNull();
    expect(empty.previous).toBeNull();
    const emptyFile = path.join(dir, 'empty.pdf');
    writeFileSync(
      emptyFile,
      await renderAnnualReportPdf({ figures: empty, locale: 'fa', verification, generatedAt: new Date(), filterLabel: empty.scopeLabel.fa }),
    );
    expect(pageCount(emptyFile)).toBeGreaterThan(0);
    expect(skeleton(pdfToText(emptyFile))).toContain(expected('۱۳۹۰'));
  }, 120_000);
});
