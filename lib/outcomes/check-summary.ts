// The check a public summary goes through before it is published (issue #16): staff write it from a case
// that holds a reporter's words, contacts and perhaps their name, so the preview warns about what looks
// like personal data. Pure and synchronous: the preview and the publish move call it with the report's
// names, and the warnings decide whether the extra "I checked the warnings" tick is required.
//
// It warns; it does not refuse. A number may be an agency's public hotline, a name an official's, and
// only a person can tell. So it errs towards warning (any run of ten digits, a name found inside a
// compound word) and stays quiet on what is plainly not personal (a year, a date, an amount, a case count).
import { isValidNationalCode } from '@/lib/members/application-input';
import { searchFold, toLatinDigits } from '@/lib/text/normalize';

export type SummaryWarningKind = 'mobile' | 'phone' | 'nationalCode' | 'email' | 'name';

export type SummaryWarning = {
  kind: SummaryWarningKind;
  /** The words of the summary that look personal, as written (to find and rewrite them). */
  excerpt: string;
  /** For a national code: whether its check digit is right (a real code, not just ten digits). */
  validChecksum?: boolean;
};

/** Whose names the summary must not carry: the report's contact name and, for a member's report, the member's names. */
export type SummaryNames = readonly (string | null | undefined)[];

/** Between the digits of one number: spaces, dashes, dots, slashes, brackets and invisible marks (at most three in a row). */
const SEPARATOR = '[\\s\\p{Cf}\\p{Pd}\\u2212.()/_]';
const DIGIT_RUN = new RegExp(`\\+?\\d(?:${SEPARATOR}{0,3}\\d)*`, 'gu');

/** A mobile, whichever way it is written: 09…, +98 9…, 0098 9…, or the ten digits 9… alone. */
const MOBILE = /^(?:0|98|0098)?9\d{9}$/;
/** A landline with its area code (021 8888 7777): eleven digits from 0. */
const LANDLINE = /^0[1-8]\d{9}$/;

const EMAIL = /[\p{L}\p{N}._%+-]+\s*(?:@|\(at\)|\[at\])\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\(dot\)|\[dot\])\s*[\p{L}\p{N}-]+)+/giu;

/** Titles that come with a name on a contact form but are nobody's name. */
const TITLES = new Set(['آقای', 'اقای', 'آقا', 'اقا', 'خانم', 'سید', 'سیده', 'دکتر', 'مهندس', 'حاج', 'حاجی', 'استاد', 'mr', 'mrs', 'ms', 'dr'].map(searchFold));
/** A name word shorter than this (letters, after folding) is too common to warn about. */
const NAME_MIN = 3;

/**
 * What in `text` looks like personal data: mobiles and landlines in any writing (Persian or Arabic-Indic
 * digits, +98/0098, spaces, dashes, dots), any run of ten digits (a national code, with whether its check
 * digit is right), e-mail addresses (also «name [at] host [dot] com»), and any word of at least three
 * letters that is one of `names`' words, compared after the search folding (ي/ی, ك/ک, diacritics, hamza
 * forms) and word by word across ZWNJ compounds («آقای‌رضایی», «رضایی‌ها»).
 */
export function checkSummary(text: string, names: SummaryNames = []): SummaryWarning[] {
  return [...numberWarnings(text), ...emailWarnings(text), ...nameWarnings(text, names)];
}

function numberWarnings(text: string): SummaryWarning[] {
  // Persian and Arabic-Indic digits are one UTF-16 unit each, like Latin ones: indexes stay the text's.
  const latin = toLatinDigits(text);
  const warnings: SummaryWarning[] = [];
  for (const run of latin.matchAll(DIGIT_RUN)) {
    // The digit groups of the run, each with where it lies in the text.
    const groups = [...run[0].matchAll(/\d+/g)].map((g) => ({ digits: g[0], start: run.index + g.index, end: run.index + g.index + g[0].length }));
    // Several numbers may stand side by side («۰۹۱۲۱۲۳۴۵۶۷ ۰۰۱۲۳۴۵۶۷۸»): the longest window of groups that
    // reads as one number is taken first, then the search goes on after it.
    let i = 0;
    while (i < groups.length) {
      let found: { j: number; warning: Omit<SummaryWarning, 'excerpt'> } | null = null;
      for (let j = groups.length - 1; j >= i && !found; j--) {
        const digits = groups
          .slice(i, j + 1)
          .map((g) => g.digits)
          .join('');
        const kind = numberKind(digits);
        if (kind) found = { j, warning: kind };
      }
      if (!found) {
        i++;
        continue;
      }
      const start = i === 0 && run[0].startsWith('+') ? groups[i]!.start - 1 : groups[i]!.start;
      warnings.push({ ...found.warning, excerpt: text.slice(start, groups[found.j]!.end) });
      i = found.j + 1;
    }
  }
  return warnings;
}

function numberKind(digits: string): Omit<SummaryWarning, 'excerpt'> | null {
  if (MOBILE.test(digits)) return { kind: 'mobile' };
  if (LANDLINE.test(digits)) return { kind: 'phone' };
  if (digits.length === 10) return { kind: 'nationalCode', validChecksum: isValidNationalCode(digits) };
  return null;
}

function emailWarnings(text: string): SummaryWarning[] {
  return [...text.normalize('NFKC').matchAll(EMAIL)].map((m) => ({ kind: 'email' as const, excerpt: m[0] }));
}

/**
 * The words of a text as the search folds them. A ZWNJ ends a word here (the search joins the two halves
 * instead): «آقای‌رضایی» holds the name «رضایی», which joined would hide it. Plural endings are cut as the
 * search cuts them, so «رضایی‌ها» and «رضاییها» find «رضایی».
 */
function words(text: string): { word: string; written: string }[] {
  return [...text.matchAll(/[\p{L}\p{M}\u200D\u0640]+/gu)].flatMap((m) => {
    const word = searchFold(m[0]);
    return word ? [{ word, written: m[0] }] : [];
  });
}

const PLURAL = /(?:هایی|های|ها)$/;
const letters = (word: string) => [...word.replace(/\p{M}/gu, '')].length;

function nameWarnings(text: string, names: SummaryNames): SummaryWarning[] {
  const wanted = new Set(
    names
      .flatMap((name) => (name ? words(name) : []))
      .map((w) => w.word)
      .filter((w) => letters(w) >= NAME_MIN && !TITLES.has(w)),
  );
  if (wanted.size === 0) return [];
  const seen = new Set<string>();
  // Split at each ZWNJ («آقای‌رضایی» holds «رضایی») and joined across it: after a letter that never joins the
  // next («ا», «د», «ر», «و»…) a ZWNJ draws nothing, so «رضا‌یی» looks exactly like «رضایی» (h16x review).
  const joined = words(text.replace(/\u200C/g, '')).filter(({ written }) => !text.includes(written));
  return [...words(text), ...joined].flatMap(({ word, written }) => {
    const bare = word.replace(PLURAL, '');
    const hit = wanted.has(word) || (bare !== word && wanted.has(bare));
    if (!hit || seen.has(written)) return [];
    seen.add(written);
    return [{ kind: 'name' as const, excerpt: written }];
  });
}
