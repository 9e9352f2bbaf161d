// The zod pieces every form and API field of text is built from, so each goes through lib/text/normalize
// once: free text through `normalizeText` (lengths counted on what is visible), identifiers through
// `normalizeIdentifier`. Messages are keys under the form's `errors` namespace.
import { z } from 'zod';
import { normalizeIdentifier, normalizeText, storedLength, toLatinDigits, visibleLength } from './normalize';

/** An empty or whitespace-only field is absent. */
export const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const cleanText = (v: unknown) => (typeof v === 'string' ? normalizeText(v).trim() : v);

/**
 * A required text: normalized and trimmed, at least `min` visible characters (format characters and
 * spaces do not count) and at most `max` stored characters. `tooShort` also names a missing field.
 */
export function requiredText({ min, max, tooShort, tooLong = tooShort }: { min: number; max: number; tooShort: string; tooLong?: string }) {
  return z.preprocess(
    cleanText,
    z
      .string({ error: tooShort })
      .refine((v) => visibleLength(v) >= min, tooShort)
      .refine((v) => storedLength(v) <= max, tooLong),
  );
}

/** An optional text: absent when blank (or only invisible characters), else normalized, trimmed and at most `max`. */
export function optionalText({ max, tooLong }: { max: number; tooLong: string }) {
  return z.preprocess((v) => {
    const cleaned = cleanText(v);
    return typeof cleaned === 'string' && visibleLength(cleaned) === 0 ? undefined : cleaned;
  }, z.string().max(max, tooLong).optional());
}

/** An identifier as typed or pasted, in its normal form (lib/text/normalize `normalizeIdentifier`). */
export function identifierText(message: string) {
  return z.preprocess((v) => (typeof v === 'string' ? normalizeIdentifier(v) : v), z.string({ error: message }));
}

/** An optional e-mail address: normalized like every identifier, lower-cased, at most 254 characters. */
export function optionalEmail(message: string) {
  return z.preprocess((v) => {
    const cleaned = typeof v === 'string' ? normalizeIdentifier(v) : v;
    return cleaned === '' ? undefined : cleaned;
  }, z.email(message).max(254, message).toLowerCase().optional());
}

/**
 * A numeric id as a form or a query posts it: digits only. `z.coerce.number` alone took «1e1», « 10 » or
 * «0x0a» for 10 (a break-it finding of issue #15); anything else than 1–9 digits stays a string and fails
 * with `message`.
 */
export function idNumber(message?: string) {
  return z.preprocess((v) => (typeof v === 'string' && /^\d{1,9}$/.test(v) ? Number(v) : v), z.number({ error: message }).int(message).positive(message));
}

/**
 * Text for a Prisma `contains` (SQL LIKE) taken literally: Prisma passes `%` and `_` through as
 * wildcards, so a search for «%» matched every row (break-it, issue #15). Backslash is PostgreSQL's
 * LIKE escape.
 */
export function likeLiteral(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * A whole number as a person types it — digits only, Persian or Arabic-Indic digits read as Latin — or a number as
 * it is; anything else NaN (refused by z.number). Not `z.coerce.number()`: JavaScript's Number() also reads
 * «0x57d», «1.404e3» and «4.0» (issue #17 break-it review).
 */
export function asWholeNumber(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const digits = toLatinDigits(value).trim();
  return /^\d{1,10}$/.test(digits) ? Number(digits) : Number.NaN;
}

/** A required whole number between `min` and `max` (inclusive) as typed in a form; `message` names every refusal. */
export function wholeNumber({ min, max, message }: { min: number; max: number; message: string }) {
  return z.preprocess(asWholeNumber, z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message }));
}
