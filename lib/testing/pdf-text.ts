// Reading a PDF back the way a person's viewer reads it (poppler's pdftotext and pdfinfo, in /usr/bin), for the
// annual report's tests (issue #17): the unit tests on sample figures and the integration test on seeded data.
import { execFileSync } from 'node:child_process';

/** pdftotext of the whole file or of pages first..last, without the direction marks it adds around runs. */
export function pdfToText(file: string, first?: number, last?: number): string {
  const range = first ? ['-f', String(first), '-l', String(last ?? first)] : [];
  return execFileSync('pdftotext', [...range, file, '-'], { encoding: 'utf8' }).replace(/[\u200E\u200F\u202A-\u202E]/g, '');
}

export function pageCount(file: string): number {
  return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))![1]);
}

/**
 * A string reduced to what survives pdftotext whatever it does with spacing and punctuation next to a left-to-right
 * run (it moves a space or a colon to the other side of «۱۵» or «AR7K-Q2M9»; the page shows them where they
 * belong): letters, digits and the signs inside numbers, in order. Applied to the extracted text and, through
 * `expected`, to what the test wrote.
 */
export function skeleton(s: string): string {
  return s.replace(/[^\p{L}\p{N}٪%/+\-٫٬—]/gu, '');
}

/**
 * What pdftotext gives back for a string the PDF drew: its skeleton, with the ZWNJ gone (it has no glyph) and each
 * ligature glyph's text (lam-alef «لا», «الله») reversed, since poppler reorders the glyphs' text right to left.
 * Every letter is still there: a dropped ligature (the upstream bug) fails the comparison.
 */
export function expected(s: string): string {
  return skeleton(s).replace(/الله|لا/g, (ligature) => (ligature === 'الله' ? 'هللا' : 'ال'));
}
