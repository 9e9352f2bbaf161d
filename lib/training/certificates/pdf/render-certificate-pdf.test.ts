// The certificate read back the way a person's viewer reads it (poppler's pdftotext and pdfinfo), as the annual
// report's PDF tests do (lib/testing/pdf-text.ts: `expected` turns what the test wrote into what pdftotext gives back).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { expected, pageCount, pdfToText, skeleton } from '@/lib/testing/pdf-text';
import fa from '@/messages/fa.json';
import { renderCertificatePdf } from './render-certificate-pdf';

const m = fa.certificates.pdf;
// Issued 1405/09/13 10:00 Tehran; valid through 1407/09/13 (expires at 00:00 Tehran of 1407/09/14).
const content = {
  locale: 'fa' as const,
  holderName: 'مریم الهی‌نژاد',
  courseTitle: 'دورهٔ پایهٔ دیده‌بانی شهروندی',
  version: 3,
  issuedAt: new Date('2026-12-04T06:30:00Z'),
  expiresAt: new Date('2028-12-03T20:30:00Z'),
  verification: { code: '7KQ2M-X9D4T', url: 'https://sajam.example/verify/certificate/7KQ2M-X9D4T' },
};
let dir: string;
let file: string;
let bytes: Uint8Array;
let ms: number;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'certificate-pdf-'));
  await renderCertificatePdf(content); // warm: fonts and modules load once per process
  const start = performance.now();
  bytes = await renderCertificatePdf(content);
  ms = performance.now() - start;
  file = path.join(dir, 'certificate.pdf');
  writeFileSync(file, bytes);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the certificate PDF', () => {
  test('is one A4 landscape page, titled', () => {
    expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
    expect(pageCount(file)).toBe(1);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Page size:\s+841\.\d+ x 595\.\d+/);
    expect(info).toMatch(new RegExp(`Title:\\s+${m.title} · ${content.courseTitle}`));
    // The time is reported, not tested (docs/benchmarks.md "Certificate PDF": npm run bench:certificate).
    console.info(`certificate PDF: ${Math.round(ms)} ms, ${bytes.byteLength} bytes`);
  });

  test('prints Sajam, the title, the name, the course and version, the Jalali dates, the code and address, in order', () => {
    const text = skeleton(pdfToText(file));
    const inOrder = [
      expected(m.brand),
      expected(m.title),
      expected(content.holderName),
      expected(content.courseTitle),
      expected('نسخهٔ ۳'),
      // The two dates share one line (issued on the right, valid-through on the left): pdftotext gives that line's
      // pieces left to right, so only their place between the version and the code is checked here.
      expected('کد تأیید: 7KQ2M-X9D4T'),
      skeleton(content.verification.url),
    ];
    let from = 0;
    for (const piece of inOrder) {
      const at = text.indexOf(piece, from);
      expect(at, `«${piece}» after position ${from} in «${text}»`).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
    const dates = text.slice(text.indexOf(expected('نسخهٔ ۳')), text.indexOf('7KQ2M'));
    expect(dates).toContain(expected('تاریخ صدور: ۱۳ آذر ۱۴۰۵'));
    expect(dates).toContain(expected('معتبر تا پایان روز: ۱۳ آذر ۱۴۰۷'));
  });

  test('keeps the code and the Persian digits in reading order (U+200E around each run)', () => {
    const raw = pdfToText(file);
    expect(raw).toContain('7KQ2M-X9D4T');
    expect(raw).not.toContain('X9D4T-7KQ2M');
    expect(raw).toContain('۱۴۰۷');
    expect(raw).not.toContain('۷۰۴۱');
  });

  test('wraps a long unbroken title and name inside the page (react-pdf never broke a word before)', async () => {
    const long = {
      ...content,
      // The longest a name (120) and a course title (200) may be, with words far longer than a line.
      holderName: `نام ${'ن'.repeat(116)}`,
      courseTitle: `دوره https://example.org/${'a'.repeat(100)} ${'ی'.repeat(74)}`,
    };
    const wide = path.join(dir, 'long.pdf');
    writeFileSync(wide, await renderCertificatePdf(long));
    expect(pageCount(wide)).toBe(1);
    // Every word's box, as poppler lays it out, lies on the 841 × 595 pt page.
    const boxes = execFileSync('pdftotext', ['-bbox', wide, '-'], { encoding: 'utf8' });
    const words = [...boxes.matchAll(/<word xMin="([\d.-]+)" yMin="[\d.-]+" xMax="([\d.-]+)"/g)].map((w) => [Number(w[1]), Number(w[2])]);
    expect(words.length).toBeGreaterThan(5);
    for (const [xMin, xMax] of words) {
      expect(xMin).toBeGreaterThanOrEqual(0);
      expect(xMax).toBeLessThanOrEqual(841);
    }
  });

  test('refuses a malformed code', async () => {
    await expect(renderCertificatePdf({ ...content, verification: { ...content.verification, code: 'bad' } })).rejects.toMatchObject({ code: 'VALIDATION' });
  });
});
