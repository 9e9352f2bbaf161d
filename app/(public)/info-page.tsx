import { getTranslations } from 'next-intl/server';
import { MarkdownArticle } from '@/components/content/markdown-article';
import { loadInfoPage, type InfoPage } from '@/lib/content/info-pages';
import { currentLocale } from '@/lib/i18n/current-locale';

/**
 * The route of one information page (/help, /safety, /privacy, /accessibility, /contact): its title from
 * the `infoPages` messages, its body from content/pages/<slug>.<locale>.md. Server-rendered, no script.
 */
export function infoPage(slug: InfoPage) {
  return async function InfoPageRoute() {
    const [t, markdown] = await Promise.all([getTranslations('infoPages'), currentLocale().then((locale) => loadInfoPage({ slug, locale }))]);
    return (
      <article className="mx-auto max-w-2xl">
        <h1 className="text-2xl font-bold">{t(slug)}</h1>
        <MarkdownArticle markdown={markdown} />
      </article>
    );
  };
}
