// A certificate of course completion as a react-pdf document (issue #18): one A4 landscape page, Persian right to
// left (or English). It follows the annual report's PDF rules (lib/annual-report/pdf, docs/architecture.md "Annual
// report: the PDF"): every Page and Text carries the direction, rows are `row-reverse` in Persian, every string goes
// through pdfText and every code, date or address through ltr (U+200E), hyphenation is off but for words too long for
// a line (fonts.ts breakableParts); a long name or title is set smaller (fittedSize) so the certificate stays one page.
import { Document, Page, StyleSheet, Text, View } from '@react-pdf/renderer';
import { PDF_FONT } from '@/lib/annual-report/pdf/fonts';
import { pdfTranslator } from '@/lib/annual-report/pdf/pdf-messages';
import { ltr, pdfText } from '@/lib/annual-report/pdf/pdf-text';
import { directionOf, formatDate, formatDueDay, localDigits, type Locale } from '@/lib/i18n/format';

/** What a certificate prints. */
export type CertificateContent = {
  locale: Locale;
  /** The name it was issued to (user text: normalized by pdfText). */
  holderName: string;
  courseTitle: string;
  /** The course version it certifies. */
  version: number;
  issuedAt: Date;
  /** 00:00 Tehran after the last valid day: printed as that last day (formatDueDay). */
  expiresAt: Date;
  /** The verification code as printed (XXXXX-XXXXX) and its public page's full address. */
  verification: { code: string; url: string };
};

const BRAND = '#08306b';

/**
 * A font size that keeps the page one page: the name (at most 120 characters, account-input.ts) and the course title
 * (at most 200, course-input.ts) shrink in steps as they grow; a long word in them breaks (fonts.ts breakableParts).
 */
export function fittedSize(text: string, steps: [maxChars: number, size: number][], smallest: number): number {
  const length = Array.from(text).length;
  return steps.find(([maxChars]) => length <= maxChars)?.[1] ?? smallest;
}

function styles(dir: 'rtl' | 'ltr') {
  const row = dir === 'rtl' ? 'row-reverse' : 'row';
  const centered = { direction: dir, textAlign: 'center' as const };
  return StyleSheet.create({
    page: { fontFamily: PDF_FONT, fontSize: 12, padding: 28, direction: dir, textAlign: 'center', color: '#111827' },
    frame: { flexGrow: 1, borderWidth: 3, borderColor: BRAND, padding: 6 },
    inner: { flexGrow: 1, borderWidth: 0.75, borderColor: BRAND, paddingVertical: 28, paddingHorizontal: 48, justifyContent: 'space-between' },
    brand: { ...centered, fontSize: 20, fontWeight: 'bold', color: BRAND },
    title: { ...centered, fontSize: 30, fontWeight: 'bold', color: BRAND, marginTop: 6 },
    text: { ...centered, fontSize: 13, color: '#374151' },
    name: { ...centered, fontSize: 26, fontWeight: 'bold', marginVertical: 8 },
    course: { ...centered, fontSize: 19, fontWeight: 'bold', marginTop: 8 },
    version: { ...centered, fontSize: 12, color: '#374151', marginTop: 2 },
    dates: { flexDirection: row, justifyContent: 'space-around', marginTop: 10 },
    date: { ...centered, fontSize: 12.5 },
    footer: { borderTopWidth: 0.5, borderTopColor: '#9ca3af', paddingTop: 8 },
    code: { ...centered, fontSize: 13, fontWeight: 'bold' },
    note: { ...centered, fontSize: 10, color: '#4b5563', marginTop: 4 },
    url: { ...centered, fontSize: 11, color: BRAND, marginTop: 2 },
  });
}

/** The certificate's one page (see the module comment). */
export function CertificateDocument({ locale, holderName, courseTitle, version, issuedAt, expiresAt, verification }: CertificateContent) {
  const dir = directionOf(locale);
  const s = styles(dir);
  const t = pdfTranslator(locale, 'certificates');
  const code = ltr(verification.code);
  return (
    <Document title={`${t('pdf.title')} · ${courseTitle}`} author="Sajam" creator="Sajam" producer="Sajam" language={locale} creationDate={issuedAt}>
      <Page size="A4" orientation="landscape" style={s.page}>
        <View style={s.frame}>
          <View style={s.inner}>
            <View>
              <Text style={s.brand}>{pdfText(t('pdf.brand'))}</Text>
              <Text style={s.title}>{pdfText(t('pdf.title'))}</Text>
            </View>
            <View>
              <Text style={s.text}>{pdfText(t('pdf.certifies'))}</Text>
              <Text
                style={[
                  s.name,
                  {
                    fontSize: fittedSize(
                      holderName,
                      [
                        [40, 26],
                        [80, 20],
                      ],
                      16,
                    ),
                  },
                ]}
              >
                {pdfText(holderName)}
              </Text>
              <Text style={s.text}>{pdfText(t('pdf.completed'))}</Text>
              <Text
                style={[
                  s.course,
                  {
                    fontSize: fittedSize(
                      courseTitle,
                      [
                        [70, 19],
                        [140, 15],
                      ],
                      12.5,
                    ),
                  },
                ]}
              >
                {pdfText(courseTitle)}
              </Text>
              <Text style={s.version}>{pdfText(t('pdf.version', { version: ltr(localDigits(version, locale)) }))}</Text>
            </View>
            <View style={s.dates}>
              <Text style={s.date}>{pdfText(t('pdf.issuedAt', { date: formatDate(issuedAt, locale) }))}</Text>
              <Text style={s.date}>{pdfText(t('pdf.validThrough', { date: formatDueDay(expiresAt, locale) }))}</Text>
            </View>
            <View style={s.footer}>
              <Text style={s.code}>{pdfText(t('pdf.code', { code }))}</Text>
              <Text style={s.note}>{pdfText(t('pdf.verifyAt'))}</Text>
              <Text style={s.url}>{ltr(verification.url)}</Text>
            </View>
          </View>
        </View>
      </Page>
    </Document>
  );
}
