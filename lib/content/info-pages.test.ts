import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { getEnv } from '@/lib/env';
import { settingDefaults } from '@/lib/settings/registry';
import { locales } from '@/lib/i18n/format';
import { infoPageFacts } from './info-page-facts';
import { fillFacts, infoPageFile, INFO_PAGES } from './info-pages';

const raw = (slug: (typeof INFO_PAGES)[number], locale: 'fa' | 'en') => readFileSync(infoPageFile(slug, locale), 'utf8');
const headings = (markdown: string) =>
  markdown
    .split('\n')
    .filter((line) => /^#{2,3} /.test(line))
    .map((line) => line.split(' ')[0]);

/** Where an internal link may lead: a page of the app (route groups left out of the path). */
function routeExists(href: string): boolean {
  const route = href.split(/[?#]/)[0]!.replace(/^\//, '');
  return ['(public)', '(auth)', '(dashboard)'].some((group) => existsSync(path.join(process.cwd(), 'app', group, route, 'page.tsx')));
}

describe('information pages', () => {
  it('exist in every locale, with the same outline, and fill every fact they name', () => {
    const facts = infoPageFacts('fa', settingDefaults(getEnv({})), getEnv({}));
    for (const slug of INFO_PAGES) {
      for (const locale of locales) {
        const filled = fillFacts(raw(slug, locale), { ...facts, contactEmail: 'contact@sajam.example' });
        expect(filled, `${slug}.${locale}`).not.toMatch(/\{\{|\}\}/);
      }
      expect(headings(raw(slug, 'en')), slug).toEqual(headings(raw(slug, 'fa')));
    }
  });

  it('link only to pages that exist', () => {
    for (const slug of INFO_PAGES)
      for (const locale of locales)
        for (const [, href] of raw(slug, locale).matchAll(/\]\((\/[^)]*)\)/g)) expect(routeExists(href!), `${slug}.${locale}: ${href}`).toBe(true);
  });

  it('state the configured deadlines, computed, in Persian digits', () => {
    const facts = infoPageFacts(
      'fa',
      settingDefaults(getEnv({ SAJAM_DEADLINE_PROVINCE_DAYS: '9', SAJAM_DEADLINE_NATIONAL_DAYS: '4' })),
      getEnv({ SAJAM_DEADLINE_PROVINCE_DAYS: '9', SAJAM_DEADLINE_NATIONAL_DAYS: '4' }),
    );
    expect(facts).toMatchObject({ provinceDays: '۹', nationalDays: '۴', publicReviewDays: '۱۳', memberReviewDays: '۱۶' });
    const help = fillFacts(raw('help', 'fa'), facts);
    expect(help).toContain('معمولاً تا ۱۳ روز');
    expect(fillFacts(raw('help', 'en'), infoPageFacts('en', settingDefaults(getEnv({})), getEnv({})))).toContain('within 12 days');
  });

  it('names the contact address only when one is configured', () => {
    const without = fillFacts(raw('contact', 'fa'), infoPageFacts('fa', settingDefaults(getEnv({})), getEnv({})));
    expect(without).toContain('هنوز تعیین نشده');
    expect(without).not.toContain('mailto:');
    const withAddress = fillFacts(
      raw('contact', 'en'),
      infoPageFacts('en', settingDefaults(getEnv({ SAJAM_CONTACT_EMAIL: 'help@sajam.example' })), getEnv({ SAJAM_CONTACT_EMAIL: 'help@sajam.example' })),
    );
    expect(withAddress).toContain('[help@sajam.example](mailto:help@sajam.example)');
    expect(withAddress).not.toContain('has not set');
  });

  it('refuses a fact nobody computes', () => {
    expect(() => fillFacts('{{noSuchFact}}', {})).toThrow(/noSuchFact/);
  });
});
