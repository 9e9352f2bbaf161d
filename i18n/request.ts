import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { defaultLocale, isLocale, TIME_ZONE } from '@/lib/i18n/format';
import { LOCALE_COOKIE } from '@/lib/i18n/locale';

// Locale from a cookie, not the URL: Persian stays the default at every address.
export default getRequestConfig(async () => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(value) ? value : defaultLocale;
  return { locale, timeZone: TIME_ZONE, messages: (await import(`../messages/${locale}.json`)).default };
});
