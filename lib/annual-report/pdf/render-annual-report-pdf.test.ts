// The annual report PDF read back the way a person's viewer reads it: poppler's pdftotext for the words and
// numbers, pdftoppm for the pixels (issue #17). PDFs go to a temporary directory; the PNGs of the first pages go to
// test-results/annual-report/, which CI keeps as artifacts. Rendering is CPU-bound (seconds per document): each
// document is rendered once and shared by the tests that read it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { AnnualFigures } from '@/lib/annual-report/annual-figures';
import { formatNumber, localDigits } from '@/lib/i18n/format';
import { emptyAnnualFigures, sampleAnnualFigures } from '@/lib/testing/annual-figures';
import fa from '@/messages/fa.json';
import { expected, pageCount, pdfToText, skeleton } from '@/lib/testing/pdf-text';
import { renderAnnualReportPdf, type PdfProgressStage } from './render-annual-report-pdf';

const m = fa.annualReportPdf;
const ARTIFACTS = path.join(process.cwd(), 'test-results', 'annual-report');
const verification = { code: 'AR7K-Q2M9', url: 'https://sajam.example/verify/report/AR7K-Q2M9' };
const generatedAt = new Date('2026-03-26T09:00:00Z');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'annual-pdf-'));
  mkdirSync(ARTIFACTS, { recursive: true });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function render(name: string, figures: AnnualFigures, onProgress?: (stage: PdfProgressStage, percent: number) => void): Promise<string> {
  const bytes = await renderAnnualReportPdf({ figures, locale: 'fa', verification, generatedAt, filterLabel: 'کل کشور', onProgress });
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, bytes);
  return file;
}

/** The grey pixels of pages first..last at 50 dpi (pdftoppm -gray writes PGM: a header, then one byte a pixel). */
function greyPixels(file: string, first: number, last: number): Buffer[] {
  const prefix = path.join(dir, `grey-${path.basename(file, '.pdf')}`);
  execFileSync('pdftoppm', ['-r', '50', '-gray', '-f', String(first), '-l', String(last), file, prefix]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const data = readFileSync(path.join(dir, f));
      // P5\n<width> <height>\n<max>\n<pixels>: skip three header lines.
      let offset = 0;
      for (let lines = 0; lines < 3; offset++) if (data[offset] === 0x0a) lines++;
      return data.subarray(offset);
    });
}

describe('the national annual report (sample figures)', () => {
  const figures = sampleAnnualFigures();
  const progress: [PdfProgressStage, number][] = [];
  let file: string;
  let text: string;

  beforeAll(async () => {
    file = await render('national', figures, (stage, percent) => progress.push([stage, percent]));
    text = skeleton(pdfToText(file));
  }, 120_000);

  test('is a valid A4 PDF with a footer «صفحه X از Y» and the verification code on every page', () => {
    const pages = pageCount(file);
    expect(pages).toBeGreaterThan(8);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+595\.\d+ x 841\.\d+/);
    // The document's title names its scope: a province's copy is not titled as the country's (break-it).
    expect(info).toMatch(new RegExp(`Title:\\s+${m.title} ۱۴۰۴ · ${figures.scopeLabel.fa}`));
    for (let page = 1; page <= pages; page++) {
      const one = skeleton(pdfToText(file, page));
      expect(one).toContain(expected(`صفحه ${localDigits(page, 'fa')} از ${localDigits(pages, 'fa')}`));
      expect(one).toContain(verification.code);
    }
  });

  test('names every province and prints the figures in Persian digits', () => {
    for (const p of figures.current.provinces) {
      expect(text).toContain(expected(p.name));
      if (p.count !== null) expect(text).toContain(formatNumber(p.count, 'fa'));
    }
    expect(text).toContain(formatNumber(figures.current.total!, 'fa'));
    expect(text).toContain(formatNumber(figures.current.referralsTotal!, 'fa'));
    for (const c of figures.current.categories) expect(text).toContain(expected(c.name));
    for (const a of figures.current.agencies) expect(text).toContain(expected(a.name));
    // Withheld counts and missing shares as the public statistics print them.
    expect(text).toContain(expected(fa.stats.withheld));
    expect(text).toContain('—');
    expect(text).not.toMatch(/NaN|undefined|null/);
  });

  test('the contents give the page each section starts on, as pdftotext finds it', () => {
    const contents = pdfToText(file, 2);
    const sections = ['summary', 'kinds', 'provinces', 'funnel', 'agencies', 'volunteers', 'trend', 'appendix', 'verification'] as const;
    for (const id of sections) {
      const title = expected(m.sections[id]);
      const line = contents.split('\n').findIndex((l) => skeleton(l) === title);
      expect(line, `contents line for ${id}`).toBeGreaterThan(-1);
      // The page number is the next non-empty line (Persian digits).
      const numberLine = contents
        .split('\n')
        .slice(line + 1)
        .find((l) => l.trim() !== '')!;
      const page = Number(numberLine.trim().replace(/[۰-۹]/g, (d) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(d))));
      expect(page, `page of ${id}`).toBeGreaterThan(2);
      const first = pdfToText(file, page)
        .split('\n')
        .find((l) => l.trim() !== '')!;
      expect(skeleton(first), `first line of page ${page}`).toBe(title);
    }
  });

  test('the executive summary gives the change from the year before with its sign', () => {
    const summary = skeleton(pdfToText(file, 3));
    expect(summary).toContain(expected(m.summary.change));
    expect(summary).toMatch(/\+[۰-۹]+(٫[۰-۹])?٪افزایش/);
  });

  test('cover, volunteers and appendix say what the brief asks', () => {
    expect(text).toContain(expected(m.title));
    expect(text).toContain(localDigits(1404, 'fa'));
    // Training completion (issue #18): the share, in Persian digits, after its definition.
    expect(text).toContain(expected(m.volunteers.training.replace(': {value}', '')));
    expect(text).toContain('۶۲٫۵٪');
    expect(text).not.toContain(expected(m.volunteers.trainingPending));
    const more = figures.outcomesTotal - figures.outcomes.length;
    expect(text).toContain(expected(`و ${localDigits(more, 'fa')} سرانجام دیگر در /outcomes`));
    expect(text).toContain(expected(verification.url));
    expect(text).toContain('SHA-256');
  });

  test('reports its progress, ending at 100', () => {
    expect(progress[0]).toEqual(['fonts', 0]);
    expect(progress.at(-1)).toEqual(['done', 100]);
    const percents = progress.map(([, p]) => p);
    expect(percents.every((p, i) => i === 0 || p >= percents[i - 1]! || progress[i]![0] === 'render')).toBe(true);
  });

  test('the first two pages render to non-blank PNGs (kept in test-results/annual-report)', () => {
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '2', file, path.join(ARTIFACTS, 'national')]);
    const pngs = readdirSync(ARTIFACTS).filter((f) => f.startsWith('national') && f.endsWith('.png'));
    expect(pngs).toHaveLength(2);
    for (const pixels of greyPixels(file, 1, 2)) {
      const ink = pixels.filter((v) => v < 200).length / pixels.length;
      expect(ink).toBeGreaterThan(0.005);
      expect(new Set(pixels).size).toBeGreaterThan(16);
    }
  });
});

describe('Persian text through react-pdf (the known upstream bugs)', () => {
  const places = ['کهگیلویه و بویراحمد', 'چهارمحال و بختیاری', 'سیستان و بلوچستان', 'آذربایجان شرقی', 'بویین زهرا'];
  const ligatures = ['لالا', 'الله', 'ههه', 'سالانه', 'لالایی'];
  const codes = 'پرونده 1405-23-00042 با پیشرفت ۴۲٫۵٪ در تاریخ 1404/07/12 بررسی شد.';
  // Several pages of one paragraph: react-pdf used to crash on long RTL paragraphs ("reading 'id'").
  const sentence = 'گزارش‌دهنده از ساخت‌وساز غیرمجاز در حریم رودخانه و تصرف اراضی ملی خبر داده بود و پس از بررسی‌های میدانی، دستگاه مسئول اقدام کرد. ';
  const long = sentence.repeat(160);
  let file: string;
  let text: string;

  beforeAll(async () => {
    const base = sampleAnnualFigures({ outcomesShown: 3 });
    const outcomes = [
      { ...base.outcomes[0]!, id: 'long', summary: long },
      { ...base.outcomes[1]!, id: 'ligatures', province: places[0]!, summary: `${ligatures.join(' ')} — ${places.join('، ')}` },
      { ...base.outcomes[2]!, id: 'codes', province: places[2]!, summary: codes },
    ];
    file = await render('persian-text', { ...base, outcomes, outcomesTotal: 3 });
    text = skeleton(pdfToText(file));
  }, 120_000);

  test('a paragraph of several pages renders whole', () => {
    expect(pageCount(file)).toBeGreaterThan(12);
    const appendix = skeleton(pdfToText(file, 1, pageCount(file)));
    // Every sentence is there: count one word that occurs once per sentence.
    expect(appendix.split(expected('رودخانه')).length - 1).toBe(160);
  });

  test('repeated ligatures are all drawn («لالا», «الله», «ههه»)', () => {
    for (const word of ligatures) expect(text).toContain(expected(word));
    expect(text).toContain(expected(ligatures.join(' ')));
  });

  test('place names with a repeated part print whole', () => {
    for (const place of places) expect(text).toContain(expected(place));
  });

  test('numbers, codes, percents and dates keep their order', () => {
    expect(text).toContain(expected('پرونده 1405-23-00042 با پیشرفت ۴۲٫۵٪ در تاریخ 1404/07/12 بررسی شد.'));
    expect(text).not.toContain('00042-23-1405');
    expect(text).not.toContain('12/07/1404');
  });

  test('the pages render to non-blank PNGs (kept in test-results/annual-report)', () => {
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '2', file, path.join(ARTIFACTS, 'persian-text')]);
    // And the page with the ligatures, place names and codes, at a size a reviewer can read.
    const pages = pageCount(file);
    const page = Array.from({ length: pages }, (_, i) => i + 1).find((p) => skeleton(pdfToText(file, p)).includes(expected('ههه')))!;
    execFileSync('pdftoppm', [
      '-r',
      '100',
      '-png',
      '-singlefile',
      '-f',
      String(page),
      '-l',
      String(page),
      file,
      path.join(ARTIFACTS, 'persian-text-regressions'),
    ]);
    for (const pixels of greyPixels(file, 1, 2)) expect(pixels.filter((v) => v < 200).length / pixels.length).toBeGreaterThan(0.005);
  });
});

describe('options', () => {
  test('a malformed verification code is refused before anything is drawn', async () => {
    await expect(
      renderAnnualReportPdf({
        figures: emptyAnnualFigures(),
        locale: 'fa',
        verification: { code: '<script>', url: '/verify/report/x' },
        generatedAt,
        filterLabel: '',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});

describe('a year with no data', () => {
  test('is a valid PDF that says so plainly, with no charts', async () => {
    const file = await render('empty', emptyAnnualFigures(1404));
    expect(pageCount(file)).toBe(4);
    const text = skeleton(pdfToText(file));
    expect(text).toContain(expected(m.noData.empty.replace('{year}', localDigits(1404, 'fa'))));
    expect(text).not.toContain(expected(m.provinces.map));
    expect(text).toContain(verification.code);
    execFileSync('pdftoppm', ['-r', '50', '-png', '-f', '1', '-l', '2', file, path.join(ARTIFACTS, 'empty')]);
  }, 60_000);

  test('a suppressed copy with every figure withheld says so without saying "no report"', async () => {
    const file = await render('withheld', emptyAnnualFigures(1404, { suppressed: true }));
    const text = skeleton(pdfToText(file));
    expect(text).toContain(expected(m.noData.withheld.replace('{year}', localDigits(1404, 'fa'))));
    expect(text).not.toContain(expected(m.noData.empty.replace('{year}', localDigits(1404, 'fa'))));
    expect(text).not.toContain(expected(m.provinces.map));
  }, 60_000);
});

describe('a report with a full appendix (100 outcomes)', () => {
  test('renders; the time and memory are logged for docs/benchmarks.md', async () => {
    const figures = sampleAnnualFigures({ outcomesShown: 100, outcomesTotal: 2_400 });
    const started = performance.now();
    const file = await render('appendix-100', figures);
    const seconds = (performance.now() - started) / 1000;
    const text = skeleton(pdfToText(file));
    expect(text).toContain(expected(`و ${formatNumber(2_300, 'fa')} سرانجام دیگر در /outcomes`));
    console.info(
      `annual report, 100 outcomes: ${pageCount(file)} pages in ${seconds.toFixed(1)} s, heap ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
    );
  }, 180_000);
});
