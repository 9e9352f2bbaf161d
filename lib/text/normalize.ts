// The one normalization every input and every search goes through (issue #11). What people paste from
// right-to-left pages and phones carries invisible marks (U+200E before a code, U+202A…U+202C around a
// number), Arabic-keyboard letters (ي ك), full-width or Arabic presentation forms, and digits from three
// scripts. Identifiers are folded hard (nothing invisible, Latin digits, one dash, no spaces); free text is
// folded gently (it is a person's words: digits and ZWNJ stay as typed, direction overrides go).
// Search folds further, in the database (sajam_search_lexemes, migration search_fold), on both the index
// and the query, so the two always agree; lib/text/normalize.integration.test.ts holds the table.

/**
 * Unicode format characters (general category Cf): ZWSP U+200B, ZWNJ U+200C, ZWJ U+200D, LRM/RLM
 * U+200E/F, bidi embeddings and overrides U+202A–U+202E, isolates U+2066–U+2069, ALM U+061C, word
 * joiner U+2060, BOM U+FEFF, soft hyphen U+00AD, and the rest of the category.
 */
const FORMAT = /\p{Cf}/gu;
/** Format characters except ZWNJ (نیم‌فاصله, part of Persian spelling) and ZWJ (emoji sequences). */
const FORMAT_BUT_JOINERS = /(?![\u200C\u200D])\p{Cf}/gu;
/** C0 controls other than tab and line breaks, DEL, and C1 controls. NUL cannot be stored in PostgreSQL text. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
/** Arabic presentation forms (FB50–FDFF, FE70–FEFE) and full-/half-width forms (FF01–FFEE): NFKC gives the plain letter. */
const COMPATIBILITY_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFE\uFF01-\uFFEE]/g;
/** Letters that draw nothing (Hangul fillers U+115F U+1160 U+3164 U+FFA0, braille blank U+2800): used to fake text. */
const BLANK_LETTERS = /[\u115F\u1160\u3164\uFFA0\u2800]/g;
/** Every dash (Unicode Pd: hyphen, en/em dash, ‒ ― ﹘ ﹣ －…) and the minus sign U+2212. */
const DASHES = /[\p{Pd}\u2212]/gu;

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const ARABIC_DIGITS = '٠١٢٣٤٥٦٧٨٩';

/** Persian (۰–۹) and Arabic-Indic (٠–٩) digits → Latin 0–9; everything else is kept. */
export function toLatinDigits(input: string): string {
  return input.replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d))).replace(/[٠-٩]/g, (d) => String(ARABIC_DIGITS.indexOf(d)));
}

/** Latin digits → Persian digits; other characters are kept. */
export function toPersianDigits(input: string | number): string {
  return String(input).replace(/[0-9]/g, (d) => PERSIAN_DIGITS[Number(d)]!);
}

/**
 * Arabic-keyboard letters → Persian: ي and ى → ی, ك → ک, ة → ه; tatweel (ـ) removed. Hamza forms
 * (أ إ ؤ ئ) and آ are real Persian spelling and stay in stored text; search folds them (see the migration).
 */
function persianLetters(input: string): string {
  return input.replace(/[يى]/g, 'ی').replace(/ك/g, 'ک').replace(/ة/g, 'ه').replace(/ـ/g, '');
}

/**
 * An identifier as typed or pasted (tracking code, mobile, national code, membership code, one-time
 * code, e-mail): compatibility forms folded (full-width Ａ → A), every format character removed, digits
 * Latin, every dash '-', every space removed. Case is kept: each identifier decides its own.
 * Example: "\u202A+98 912 123 4567\u202C" → "+989121234567"; "\u200EAB12‐۳۴" → "AB12-34".
 */
export function normalizeIdentifier(input: string): string {
  return toLatinDigits(input.normalize('NFKC').replace(FORMAT, '').replace(CONTROL, '')).replace(DASHES, '-').replace(/\s+/gu, '');
}

/**
 * Free text a person wrote (a description, a place, a note, a name): NFC, control characters and
 * format characters removed except ZWNJ/ZWJ (so no direction override can disguise stored text), a ZWNJ
 * only where it joins two letters, Arabic presentation and full-width forms folded, Arabic-keyboard
 * letters made Persian. Digits, line breaks and spacing stay as typed: the text is shown back as written.
 */
export function normalizeText(input: string): string {
  return persianLetters(
    input
      .normalize('NFC')
      .replace(COMPATIBILITY_FORMS, (c) => c.normalize('NFKC'))
      .replace(CONTROL, '')
      .replace(FORMAT_BUT_JOINERS, '')
      .replace(BLANK_LETTERS, '')
      .replace(/\u200C{2,}/g, '\u200C')
      // A ZWNJ at either end of a word joins nothing: it only pads the length.
      .replace(/(^|\s)\u200C+|\u200C+(?=\s|$)/gu, '$1'),
  );
}

/**
 * How long a text looks: code points that are not whitespace, format characters, combining marks
 * (harakat, variation selectors, the grapheme joiner) or blank letters. Minimum lengths are counted this
 * way, so 30 zero-width characters or 25 Hangul fillers are not a 20-character description.
 */
export function visibleLength(input: string): number {
  return [...input.replace(/[\s\p{Cf}\p{M}]/gu, '').replace(BLANK_LETTERS, '')].length;
}

/** How many characters a text holds for a maximum: code points, so an emoji counts once, not twice. */
export function storedLength(input: string): number {
  return [...input].length;
}

/** The characters sajam_search_text removes (migration search_fold), as one class. */
const SEARCH_REMOVED =
  /[\u00AD\u0600-\u0605\u061C\u0640\u064B-\u065F\u0670\u06DD\u070F\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\uFFF9-\uFFFB]/g;
const SEARCH_FROM = 'يىئكةۀأإٱآؤ۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩';
const SEARCH_TO = 'یییکههااااو01234567890123456789';

/**
 * The search folding of the database (`sajam_search_text`, migration search_fold) in TypeScript, for
 * comparisons made in the application (lib/outcomes/check-summary.ts: a reporter's name in a summary).
 * Step for step the same: NFKC, the same characters removed, the same letters and digits folded, lower
 * case. lib/outcomes/outcome-projection.integration.test.ts compares the two on a table of spellings.
 */
export function searchFold(input: string): string {
  const stripped = input.normalize('NFKC').replace(SEARCH_REMOVED, '');
  let out = '';
  for (const ch of stripped) {
    const i = SEARCH_FROM.indexOf(ch);
    out += i >= 0 ? SEARCH_TO[i] : ch;
  }
  return out.toLowerCase();
}
