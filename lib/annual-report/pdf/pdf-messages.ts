// The PDF's words from messages/{fa,en}.json. Not through next-intl: the PDF is made by a job, outside any request,
// and next-intl's entry point loads React hooks that the server build of React (the `react-server` condition the
// job runner and Next's server use) does not have. The PDF's messages are plain text with {name} placeholders only.
import type { Locale } from '@/lib/i18n/format';
import en from '@/messages/en.json';
import fa from '@/messages/fa.json';

type Messages = typeof fa;
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];

/**
 * A translator for one namespace of the messages: `t('sections.summary')`, `t('page', { page, pages })`. Values
 * replace `{name}` as given (already formatted: digits, marks). A missing key throws: a blank in a report to the
 * judiciary is worse than a failed job, which is retried after the fix.
 */
export function pdfTranslator<N extends 'annualReportPdf' | 'stats' | 'certificates'>(locale: Locale, namespace: N) {
  const root = (locale === 'fa' ? fa : en)[namespace] as unknown as Record<string, unknown>;
  return (key: Leaves<Messages[N]>, values: Record<string, string> = {}): string => {
    const found = (key as string)
      .split('.')
      .reduce<unknown>((node: unknown, part: string) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined), root);
    if (typeof found !== 'string') throw new Error(`pdfTranslator: no message ${namespace}.${key} in ${locale}`);
    return found.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
  };
}
