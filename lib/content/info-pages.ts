import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Locale } from '@/lib/i18n/format';
import { getSettings } from '@/lib/settings/get-settings';
import { infoPageFacts, type InfoPageFacts } from './info-page-facts';

/** The public information pages, each a Markdown file per locale in content/pages/<slug>.<locale>.md. */
export const INFO_PAGES = ['help', 'safety', 'privacy', 'accessibility', 'contact'] as const;
export type InfoPage = (typeof INFO_PAGES)[number];

export const infoPageFile = (slug: InfoPage, locale: Locale) => path.join(process.cwd(), 'content', 'pages', `${slug}.${locale}.md`);

/**
 * Puts the configured facts into a page: `{{name}}` becomes the fact `name`. An unknown name throws,
 * so a typo fails the content test instead of reaching a reader. `{{#name}}…{{/name}}` keeps its text
 * only when the fact is not empty (the contact address is optional).
 */
export function fillFacts(markdown: string, facts: InfoPageFacts): string {
  const known = (name: string) => {
    if (!(name in facts)) throw new Error(`unknown fact {{${name}}}`);
    return facts[name]!;
  };
  return markdown
    .replace(/\{\{([#^])(\w+)\}\}([\s\S]*?)\{\{\/\2\}\}/g, (_, sign: string, name: string, body: string) =>
      (known(name) !== '') === (sign === '#') ? body : '',
    )
    .replace(/\{\{(\w+)\}\}/g, (_, name: string) => known(name));
}

const cache = new Map<string, Promise<string>>();

/** A page's Markdown in the reader's language with the deployment's facts (the settings in force) filled in (files read once per process). */
export async function loadInfoPage({ slug, locale }: { slug: InfoPage; locale: Locale }): Promise<string> {
  const file = infoPageFile(slug, locale);
  if (!cache.has(file)) cache.set(file, readFile(file, 'utf8'));
  return fillFacts(await cache.get(file)!, infoPageFacts(locale, await getSettings()));
}
