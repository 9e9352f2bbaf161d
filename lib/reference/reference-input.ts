import { z } from 'zod';
import { toLatinDigits } from '@/lib/text/normalize';
import { blankToUndefined, requiredText } from '@/lib/text/schema';

/** The most a slug holds: it is the category's Open311 service_code and appears in URLs. */
export const SLUG_MAX = 60;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Persian letters in a field meant for the English name (Arabic script, any form). */
const ARABIC_SCRIPT = /\p{Script=Arabic}/u;

/**
 * A slug made from an English name: accents dropped, lower case, every run of other characters one '-',
 * no '-' at either end, at most SLUG_MAX characters. "A manager's omission" → "a-manager-s-omission".
 * Empty when the name has no Latin letter or digit (the form then asks for a slug).
 */
export function slugFrom(nameEn: string): string {
  return nameEn
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/, '');
}

/** An English name: the shared text rules, and no Persian letters (they belong in the Persian name). */
export function englishName(message: string) {
  return requiredText({ min: 2, max: 100, tooShort: message }).refine((v) => !ARABIC_SCRIPT.test(v), message);
}

/**
 * A category as the administrator edits it. `slug` empty = made from `nameEn` (slugFrom) when the
 * category is created; once created it is fixed (the Open311 service_code), so an edit ignores it.
 * `sortOrder` empty = after the last category (new) or unchanged (edit). Errors are keys of `adminReference.errors`.
 */
export const categoryInput = z.object({
  name: requiredText({ min: 2, max: 100, tooShort: 'name' }),
  nameEn: englishName('nameEn'),
  slug: z.preprocess(blankToUndefined, z.string().trim().toLowerCase().max(SLUG_MAX, 'slug').regex(SLUG, 'slug').optional()),
  sortOrder: z.preprocess(
    (v) => (typeof v === 'string' ? blankToUndefined(toLatinDigits(v.trim())) : v),
    z.coerce.number({ error: 'sortOrder' }).int('sortOrder').min(0, 'sortOrder').max(9999, 'sortOrder').optional(),
  ),
  active: z.boolean(),
});
export type CategoryInput = z.output<typeof categoryInput>;

/** The form as posted: `active` is a checkbox, present or absent. */
export function parseCategoryForm(formData: FormData) {
  return categoryInput.safeParse({ ...Object.fromEntries(formData), active: formData.get('active') === 'on' });
}

/** A province's or county's two spellings. Errors are keys of `adminReference.errors`. */
export const placeNamesInput = z.object({
  name: requiredText({ min: 2, max: 100, tooShort: 'placeName' }),
  nameEn: englishName('placeNameEn'),
});
export type PlaceNamesInput = z.output<typeof placeNamesInput>;
