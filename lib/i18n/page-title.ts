import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';

/**
 * A page's own <title> (WCAG 2.4.2): `generateMetadata` for a page whose title is one message, e.g.
 * `export const generateMetadata = titled('track')`. The root layout adds « · سجام» (its title template).
 */
export function titled(namespace: string, key = 'title'): () => Promise<Metadata> {
  return async () => ({ title: (await getTranslations(namespace))(key) });
}
