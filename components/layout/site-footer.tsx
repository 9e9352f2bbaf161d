import { getTranslations } from 'next-intl/server';

export async function SiteFooter() {
  const t = await getTranslations('footer');
  return (
    <footer data-site-chrome className="mt-16 border-t border-slate-200 bg-white">
      <div className="mx-auto max-w-5xl space-y-1 px-4 py-6 text-sm text-muted">
        <p className="font-medium text-ink">{t('about')}</p>
        <p>{t('privacy')}</p>
        <p>{t('source')}</p>
      </div>
    </footer>
  );
}
