// The renderer in its own process (the server's event loop stays free: docs/benchmarks.md): the real child, the real
// document, the bytes back through a pipe, progress as it goes, and a refusal carried back as its code.
import { describe, expect, test } from 'vitest';
import { sampleAnnualFigures } from '@/lib/testing/annual-figures';
import type { PdfProgressStage } from './render-annual-report-pdf';
import { childEnv, renderAnnualReportPdfInChild } from './render-in-child';

const verification = { code: 'AR7K-Q2M9', url: 'https://sajam.example/verify/report/AR7K-Q2M9' };

describe('renderAnnualReportPdfInChild', () => {
  test('returns the whole PDF from the child and reports its progress up to 100', async () => {
    const progress: [PdfProgressStage, number][] = [];
    const pdf = await renderAnnualReportPdfInChild({
      figures: sampleAnnualFigures({ outcomesShown: 3 }),
      locale: 'fa',
      verification,
      generatedAt: new Date('2026-03-26T09:00:00Z'),
      filterLabel: 'کل کشور',
      onProgress: (stage, percent) => progress.push([stage, percent]),
    });
    const text = Buffer.from(pdf).toString('latin1');
    expect(text.startsWith('%PDF-')).toBe(true);
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
    expect(progress.at(-1)).toEqual(['done', 100]);
    expect(progress.map(([stage]) => stage)).toContain('layout');
  }, 120_000);

  test('a refusal in the child comes back as the same AppError code, with no bytes', async () => {
    await expect(
      renderAnnualReportPdfInChild({
        figures: sampleAnnualFigures({ outcomesShown: 0 }),
        locale: 'fa',
        verification: { code: 'not a code!', url: verification.url },
        generatedAt: new Date(),
        filterLabel: 'کل کشور',
      }),
    ).rejects.toMatchObject({ code: 'VALIDATION' });
  }, 60_000);

  test('the child gets paths and locale from the environment, never the server’s secrets or database address', () => {
    const env = childEnv();
    expect(env.PATH).toBe(process.env.PATH);
    for (const secret of ['NEXTAUTH_SECRET', 'DATABASE_URL', 'SAJAM_DATA_KEY', 'SAJAM_TRACKING_KEY', 'TEST_DATABASE_URL']) expect(env[secret]).toBeUndefined();
  });
});
