// Tests run outside Next's request scope, where next-intl/server has no request config. This gives
// server code the same Persian messages through next-intl's own translator.
import { createTranslator } from 'next-intl';
import fa from '@/messages/fa.json';

export async function getTranslations(namespace?: string) {
  return createTranslator({ locale: 'fa', messages: fa, namespace: namespace as never });
}

export async function getLocale() {
  return 'fa';
}
