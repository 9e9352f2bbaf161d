import { describe, expect, it } from 'vitest';
import { categoryInput, placeNamesInput, slugFrom } from './reference-input';

describe('slugFrom', () => {
  it('makes a slug of an English name: lower case, one dash between words, none at the ends', () => {
    expect(slugFrom("A manager's omission")).toBe('a-manager-s-omission');
    expect(slugFrom('  Café — Water & Sewage  ')).toBe('cafe-water-sewage');
    expect(slugFrom('آب')).toBe('');
    expect(slugFrom('x'.repeat(70))).toHaveLength(60);
    expect(slugFrom(`${'a'.repeat(59)} b`)).toBe('a'.repeat(59));
  });
});

describe('categoryInput', () => {
  it('normalizes the names, reads Persian digits in the order and leaves an empty slug to be made', () => {
    const parsed = categoryInput.parse({ name: ' آب و فاضلاب ي ', nameEn: 'Water', slug: '', sortOrder: '۱۲', active: true });
    expect(parsed).toEqual({ name: 'آب و فاضلاب ی', nameEn: 'Water', sortOrder: 12, active: true });
  });

  it('refuses Persian letters in the English name, a malformed slug and a negative order', () => {
    const result = categoryInput.safeParse({ name: 'آب', nameEn: 'آب', slug: 'Not A Slug', sortOrder: '-1', active: false });
    expect(Object.keys(result.error!.flatten().fieldErrors).sort()).toEqual(['nameEn', 'slug', 'sortOrder']);
  });
});

describe('placeNamesInput', () => {
  it('takes two spellings and refuses a short Persian one', () => {
    expect(placeNamesInput.parse({ name: 'كرج', nameEn: 'Karaj' })).toEqual({ name: 'کرج', nameEn: 'Karaj' });
    expect(placeNamesInput.safeParse({ name: 'ک', nameEn: 'Karaj' }).error!.flatten().fieldErrors).toEqual({ name: ['placeName'] });
  });
});
