import 'server-only';
import { renderToBuffer } from '@react-pdf/renderer';
import { z } from 'zod';
import { registerPdfFonts } from '@/lib/annual-report/pdf/fonts';
import { AppError } from '@/lib/errors';
import { isLocale, type Locale } from '@/lib/i18n/format';
import { CertificateDocument, type CertificateContent } from './certificate-document';

const optionsSchema = z.object({
  locale: z.custom<Locale>(isLocale),
  holderName: z.string().min(1).max(300),
  courseTitle: z.string().min(1).max(300),
  version: z.number().int().positive(),
  issuedAt: z.date(),
  expiresAt: z.date(),
  verification: z.object({ code: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{5}-[0-9A-HJKMNP-TV-Z]{5}$/), url: z.string().min(1).max(300) }),
});

/**
 * A certificate as a PDF: one A4 landscape page (certificate-document.tsx), rendered in this process — about 750 ms the
 * first time in a process (fonts loaded), then about 90 ms, 18 KB (npm run bench:certificate, docs/benchmarks.md) —
 * where the annual report's 25 pages take seconds and go to a child process.
 * @returns the PDF's bytes
 * @throws AppError VALIDATION for malformed content (a code that is not XXXXX-XXXXX, an empty name); CONFIG when the fonts are missing
 */
export async function renderCertificatePdf(content: CertificateContent): Promise<Uint8Array> {
  const parsed = optionsSchema.safeParse(content);
  if (!parsed.success) throw new AppError('VALIDATION', 'renderCertificatePdf: invalid content', { fieldErrors: z.flattenError(parsed.error).fieldErrors });
  registerPdfFonts();
  const bytes = await renderToBuffer(<CertificateDocument {...content} />);
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}
