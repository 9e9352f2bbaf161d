// TEMPORARY (h17s): replaced at merge
import 'server-only';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import type { AnnualFigures } from '@/lib/annual-report/annual-figures';

/** Stand-in for the PDF helper's renderer (same signature): one page with the year, total and verification line. */
export async function renderAnnualReportPdf({
  figures,
  verification,
  generatedAt,
  onProgress,
}: {
  figures: AnnualFigures;
  locale: 'fa' | 'en';
  verification: { code: string; url: string };
  generatedAt: Date;
  filterLabel: string;
  onProgress?: (stage: string, percent: number) => void | Promise<void>;
}): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  const page = pdf.addPage([595, 842]);
  const lines = [`Sajam annual report ${figures.year}`, `Reports: ${figures.current.total ?? '-'}`, `Verify: ${verification.url} (${verification.code})`];
  lines.forEach((line, i) => page.drawText(line, { x: 50, y: 780 - i * 20, size: 12, font }));
  await onProgress?.('pages', 50);
  pdf.setCreationDate(generatedAt);
  const bytes = await pdf.save();
  await onProgress?.('done', 100);
  return bytes;
}
