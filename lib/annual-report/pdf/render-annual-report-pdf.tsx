import 'server-only';
import { renderToBuffer } from '@react-pdf/renderer';
import { z } from 'zod';
import { AppError } from '@/lib/errors';
import { isLocale, type Locale } from '@/lib/i18n/format';
import { AnnualReportDocument, sectionsOf, type AnnualReportContent, type SectionPages } from './annual-report-document';
import { registerPdfFonts } from './fonts';

/** How far rendering is: the job shows it to the national office (stage, then percent 0–100). */
export type PdfProgressStage = 'fonts' | 'layout' | 'contents' | 'render' | 'done';

export type RenderAnnualReportPdfOptions = AnnualReportContent & {
  onProgress?: (stage: PdfProgressStage, percent: number) => void;
};

const optionsSchema = z.object({
  locale: z.custom<Locale>(isLocale),
  verification: z.object({ code: z.string().regex(/^[A-Za-z0-9-]{4,32}$/), url: z.string().min(1).max(300) }),
  generatedAt: z.date(),
  filterLabel: z.string().max(200),
});

/** Layout runs at most this many times: the contents' page numbers settle after the second pass. */
const MAX_PASSES = 3;

/**
 * The annual report as a PDF (A4, Persian right to left, or English): cover, contents with page numbers, the
 * figures' sections, the appendix of outcomes and the verification page (annual-report-document.tsx).
 *
 * The contents need the page each section starts on, which only layout knows: the document is laid out once with
 * placeholders of the same width and each section heading reports the page it landed on; the second render prints
 * those numbers. The contents page has a fixed number of lines, so the numbers do not move the sections; if they
 * ever did, the pass repeats (at most MAX_PASSES). CPU-bound: 7.5–11 s for the 25-page national report on a loaded
 * 2-core machine, half of it the first pass (docs/benchmarks.md); the job runs it in a child process (render-in-child.ts).
 * @returns the PDF's bytes
 * @throws AppError VALIDATION for a malformed verification code, locale or date; CONFIG when the fonts are missing
 */
export async function renderAnnualReportPdf(options: RenderAnnualReportPdfOptions): Promise<Uint8Array> {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw new AppError('VALIDATION', 'renderAnnualReportPdf: invalid options', { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  const { figures, locale, verification, generatedAt, filterLabel, onProgress } = options;
  onProgress?.('fonts', 0);
  registerPdfFonts();
  const expected = sectionsOf(figures).length;
  let tocPages: SectionPages | null = null;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    onProgress?.(pass === 1 ? 'layout' : 'render', pass === 1 ? 5 : 50);
    const found: SectionPages = {};
    const bytes = await renderToBuffer(
      <AnnualReportDocument
        figures={figures}
        locale={locale}
        verification={verification}
        generatedAt={generatedAt}
        filterLabel={filterLabel}
        tocPages={tocPages}
        onSectionPage={(id, page) => {
          // react-pdf calls a render callback before pagination too (page 1) and again on the page the node lands
          // on: the last call is the page.
          const first = found[id] === undefined;
          found[id] = page;
          if (first) onProgress?.(pass === 1 ? 'layout' : 'render', (pass === 1 ? 5 : 50) + Math.round((40 * Object.keys(found).length) / expected));
        }}
      />,
    );
    if (tocPages !== null && sameSectionPages(tocPages, found)) {
      onProgress?.('done', 100);
      return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    }
    tocPages = found;
    onProgress?.('contents', 50);
  }
  throw new AppError('INTERNAL', 'renderAnnualReportPdf: the contents page numbers did not settle');
}

function sameSectionPages(a: SectionPages, b: SectionPages): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]) as Set<keyof SectionPages>;
  return [...keys].every((k) => a[k] === b[k]);
}
