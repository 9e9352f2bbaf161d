import type { Metadata, Viewport } from 'next';
import localFont from 'next/font/local';
import { NextIntlClientProvider } from 'next-intl';
import { getLocale, getMessages, getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/layout/site-footer';
import { SiteHeader } from '@/components/layout/site-header';
import { getCurrentActor } from '@/lib/auth/session';
import { directionOf, isLocale, defaultLocale } from '@/lib/i18n/format';
import { clientMessages } from '@/lib/i18n/client-messages';
import './globals.css';

// Self-hosted (next/font/google cannot reach its host offline): a subset of the vazirmatn package's variable
// font, made by `npm run font:subset` (scripts/subset-font.mjs): 58 KB instead of 111 KB, fetched once.
const vazirmatn = localFont({
  src: './fonts/vazirmatn-subset.woff2',
  variable: '--font-vazirmatn',
  weight: '400 800',
  display: 'swap',
});

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('meta');
  return { title: { default: t('title'), template: t('template') }, description: t('description') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1, themeColor: '#065f46' };

export default async function RootLayout({ children }: { children: ReactNode }) {
  const requested = await getLocale();
  const locale = isLocale(requested) ? requested : defaultLocale;
  const [actor, t, messages] = await Promise.all([getCurrentActor(), getTranslations('nav'), getMessages()]);

  return (
    <html lang={locale} dir={directionOf(locale)} className={vazirmatn.variable}>
      <body className="flex min-h-dvh flex-col">
        <NextIntlClientProvider messages={clientMessages(messages)}>
          <a href="#main" className="skip-link">
            {t('skip')}
          </a>
          <SiteHeader actor={actor} locale={locale} />
          <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-6">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
