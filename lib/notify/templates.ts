// What each notification says, in the recipient's language. No report text and no personal data:
// a reference and a link are enough, the rest is behind the login.
import { getEnv } from '@/lib/env';
import type { Locale } from '@/lib/i18n/format';
import { toPersianDigits } from '@/lib/text/normalize';

/** A case as staff messages name it: its case number (lib/reports/case-number.ts) and its page. */
type CaseRef = { reportId: string; caseNumber: string | null };

export type TemplateParams = {
  'report.overdue': CaseRef;
  'report.escalated': CaseRef;
  /** To the reviewer a case was just assigned to. */
  'report.assigned': CaseRef;
  otp: { code: string; minutes: number };
  /** Sent instead of a code when someone asks to bind an address another account already holds. */
  'email.taken': Record<string, never>;
};

export type TemplateName = keyof TemplateParams;

/**
 * A full, tappable link: the configured public URL of the site (NEXTAUTH_URL, required in production)
 * and the path. Without it (development) the path alone.
 */
export function siteLink(path: string): string {
  const base = getEnv().NEXTAUTH_URL;
  return base ? new URL(path, base).toString() : path;
}

/** The case number in the message's digits (the report's id before it had one: never in practice). */
const caseName = (p: CaseRef, locale: Locale) => (p.caseNumber ? (locale === 'fa' ? toPersianDigits(p.caseNumber) : p.caseNumber) : p.reportId);
const caseLink = (p: CaseRef) => siteLink(`/reports/${p.reportId}`);

const texts: { [K in TemplateName]: Record<Locale, (p: TemplateParams[K]) => string> } = {
  'report.overdue': {
    fa: (p) => `سجام: مهلت بررسی پرونده ${caseName(p, 'fa')} در صف شما گذشته است.\n${caseLink(p)}`,
    en: (p) => `Sajam: case ${caseName(p, 'en')} in your queue is past its review deadline.\n${caseLink(p)}`,
  },
  'report.escalated': {
    fa: (p) => `سجام: بررسی پرونده ${caseName(p, 'fa')} از مهلت گذشت و به شما ارجاع شد.\n${caseLink(p)}`,
    en: (p) => `Sajam: case ${caseName(p, 'en')} was escalated to you after its deadline passed.\n${caseLink(p)}`,
  },
  'report.assigned': {
    fa: (p) => `سجام: پرونده ${caseName(p, 'fa')} به شما سپرده شد.\n${caseLink(p)}`,
    en: (p) => `Sajam: case ${caseName(p, 'en')} was assigned to you.\n${caseLink(p)}`,
  },
  otp: {
    fa: (p) => `سجام: کد تأیید شما ${toPersianDigits(p.code)} است. این کد تا ${toPersianDigits(p.minutes)} دقیقه اعتبار دارد. آن را به کسی ندهید.`,
    en: (p) => `Sajam: your verification code is ${p.code}. It is valid for ${p.minutes} minutes. Do not share it.`,
  },
  'email.taken': {
    fa: () =>
      'سجام: کسی خواست این نشانی رایانامه را به یک حساب سجام بیفزاید، اما این نشانی پیش‌تر به حساب دیگری متصل است. اگر خودتان بودید، با همان حساب وارد شوید؛ وگرنه این پیام را نادیده بگیرید.',
    en: () =>
      'Sajam: someone asked to add this e-mail address to a Sajam account, but it already belongs to another account. If it was you, log in with that account; otherwise ignore this message.',
  },
};

export function renderTemplate<K extends TemplateName>(name: K, locale: Locale, params: TemplateParams[K]): string {
  return texts[name][locale](params);
}

/** What replaces a secret in a stored message once it has done its job. */
export const REDACTED = '••••••';

/**
 * Templates that carry a secret: how to blank it in the rendered text, and how long the secret lives.
 * The outbox keeps the clear text only until the message is delivered (or, with the development `log`
 * provider whose delivery *is* the outbox row, until the secret expires) — issue #9: one-time codes
 * stayed readable in Notification.body for ever.
 */
export const SECRET_TEMPLATES: Partial<Record<TemplateName, { redact(body: string): string; ttlMinutes: number }>> = {
  // A 6-digit code, in Latin or Persian digits; the validity in minutes is 1–2 digits and stays.
  otp: { redact: (body) => body.replace(/[0-9۰-۹]{6}/g, REDACTED), ttlMinutes: 5 },
};

/** The message as it may be kept once delivered, given up or expired. */
export function redactBody(template: string, body: string): string {
  return SECRET_TEMPLATES[template as TemplateName]?.redact(body) ?? body;
}
