// What each notification says, in the recipient's language. No report text and no personal data:
// a reference and a link are enough, the rest is behind the login.
import { toPersianDigits, type Locale } from '@/lib/i18n/format';

export type TemplateParams = {
  'report.overdue': { reportId: string };
  'report.escalated': { reportId: string };
  'otp': { code: string; minutes: number };
};

export type TemplateName = keyof TemplateParams;

/** A short, stable reference a person can read over the phone: the report id's last 8 characters. */
export function reportRef(reportId: string): string {
  return reportId.replace(/-/g, '').slice(-8).toUpperCase();
}

const texts: { [K in TemplateName]: Record<Locale, (p: TemplateParams[K]) => string> } = {
  'report.overdue': {
    fa: (p) => `سجام: مهلت بررسی گزارش ${reportRef(p.reportId)} در صف شما گذشته است. /reports/${p.reportId}`,
    en: (p) => `Sajam: report ${reportRef(p.reportId)} in your queue is past its review deadline. /reports/${p.reportId}`,
  },
  'report.escalated': {
    fa: (p) => `سجام: بررسی گزارش ${reportRef(p.reportId)} از مهلت گذشت و به شما ارجاع شد. /reports/${p.reportId}`,
    en: (p) => `Sajam: report ${reportRef(p.reportId)} was escalated to you after its deadline passed. /reports/${p.reportId}`,
  },
  otp: {
    fa: (p) => `سجام: کد تأیید شما ${toPersianDigits(p.code)} است. این کد تا ${toPersianDigits(p.minutes)} دقیقه اعتبار دارد. آن را به کسی ندهید.`,
    en: (p) => `Sajam: your verification code is ${p.code}. It is valid for ${p.minutes} minutes. Do not share it.`,
  },
};

export function renderTemplate<K extends TemplateName>(name: K, locale: Locale, params: TemplateParams[K]): string {
  return texts[name][locale](params);
}
