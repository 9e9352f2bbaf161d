import 'server-only';
import { getLocale } from 'next-intl/server';
import { defaultLocale, isLocale, type Locale } from './format';

export async function currentLocale(): Promise<Locale> {
  const locale = await getLocale();
  return isLocale(locale) ? locale : defaultLocale;
}
