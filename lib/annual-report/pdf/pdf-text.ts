// Text as react-pdf can draw it (issue #17). react-pdf lays Persian out with its own, partial bidi: the isolate
// controls U+2066–U+2069 draw as boxes of junk, and a run of digits, dashes and slashes inside Persian text is
// drawn reversed («1405-23-00042» as «00042-23-1405») unless it is wrapped in U+200E marks. A nested
// `direction: 'ltr'` changes nothing. So every string that reaches a <Text> goes through `pdfText`, and every
// number, code, date or range a person reads through `ltr` (docs/architecture.md, "Annual report: the PDF").
import { localDigits, formatNumber, type Locale } from '@/lib/i18n/format';
import { normalizeText } from '@/lib/text/normalize';

const LRM = '\u200E';
/** The bidi isolates LRI, RLI, FSI, PDI: react-pdf has no glyph for them. */
const ISOLATES = /[\u2066-\u2069]/g;

/**
 * A number, code, date or range inside running text: digits (any script) joined by the separators people write
 * between them (1405-23-00042, 1404/07/12, ۱۲٬۳۴۵, ۴۲٫۵٪, 10–20, 14:30), with a sign or percent.
 */
const LTR_RUN = /[+\u2212]?[0-9\u06F0-\u06F9\u0660-\u0669]+(?:[-/.,:\u066B\u066C\u2013][0-9\u06F0-\u06F9\u0660-\u0669]+)*[%\u066A]?/g;

/**
 * The one normalizer for text drawn in the PDF: user text (summaries, names) folded as every stored text is
 * (lib/text/normalize: direction overrides, control characters, Arabic-keyboard letters), the isolates removed
 * (ICU messages and Intl output may carry them), and every number, code or date inside the text wrapped in LRM
 * marks, so a case number a reporter typed reads as typed. LRM marks already placed by `ltr` are kept.
 */
export function pdfText(input: string): string {
  // normalizeText removes every format character, LRM included: normalize between the marks, then put them back.
  return input
    .split(LRM)
    .map((part) =>
      normalizeText(part)
        .replace(ISOLATES, '')
        .replace(LTR_RUN, (run) => `${LRM}${run}${LRM}`),
    )
    .join(LRM);
}

/** A left-to-right piece (a number, code, date, range, URL) wrapped in U+200E so react-pdf keeps its order. */
export function ltr(value: string): string {
  return `${LRM}${value.replace(ISOLATES, '')}${LRM}`;
}

/** A count or number in the reader's digits and grouping («۱۲٬۳۴۵»), LTR-marked. */
export function pdfNumber(value: number, locale: Locale): string {
  return ltr(formatNumber(value, locale));
}

/** A number with `digits` decimals at most (default 1), in the reader's digits and decimal sign («۴۲٫۵»), LTR-marked. */
export function pdfDecimal(value: number, locale: Locale, { digits = 1 }: { digits?: number } = {}): string {
  return ltr(new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { maximumFractionDigits: digits }).format(value));
}

/** A percent («۴۲٫۵٪» / «42.5%»), LTR-marked. */
export function pdfPercent(value: number, locale: Locale): string {
  const n = new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { maximumFractionDigits: 1 }).format(value);
  return ltr(locale === 'fa' ? `${n}٪` : `${n}%`);
}

/** Digits of a code or a Jalali date («1404/07/12» → «۱۴۰۴/۰۷/۱۲» in Persian), LTR-marked. */
export function pdfCode(value: string, locale: Locale): string {
  return ltr(localDigits(value, locale));
}
