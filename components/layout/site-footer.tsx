import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { INFO_PAGES } from '@/lib/content/info-pages';

export async function SiteFooter() {
  const [t, pages] = await Promise.all([getTranslations('footer'), getTranslations('infoPages')]);
  return (
    <footer data-site-chrome className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm text-muted">
        <nav aria-label={pages('label')} className="mb-3">
          <ul className="flex flex-wrap gap-x-1 gap-y-1">
            {INFO_PAGES.map((slug) => (
              <li key={slug}>
                <Link href={`/${slug}`} className="inline-flex min-h-11 items-center rounded px-2 font-medium text-brand-800 underline hover:bg-brand-50">
                  {pages(slug)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <p className="font-medium text-ink">{t('about')}</p>
        <p>{t('privacy')}</p>
        <p>{t('source')}</p>
      </div>
    </footer>
  );
}
