// What each notification says, in the recipient's language. No report text and no personal data:
// a reference and a link are enough, the rest is behind the login.
import type { Locale } from '@/lib/i18n/format';
import { toPersianDigits } from '@/lib/text/normalize';

export type TemplateParams = {
  'report.overdue': { reportId: string };
  'report.escalated': { reportId: string };
  otp: { code: string; minutes: number };
  /** A one-time code for setting a new password (/login/reset): says what it is for and what to do if nobody asked. */
  'password.reset': { code: string; minutes: number };
  /** Sent instead of a code when someone asks to bind an address another account already holds. */
  'email.taken': Record<string, never>;
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
  'password.reset': {
    fa: (p) =>
      `سجام: کد تعیین گذرواژه تازه ${toPersianDigits(p.code)} است و تا ${toPersianDigits(p.minutes)} دقیقه اعتبار دارد. آن را به هیچ‌کس ندهید؛ سجام هرگز آن را از شما نمی‌پرسد. اگر خودتان نخواسته‌اید، این پیام را نادیده بگیرید.`,
    en: (p) =>
      `Sajam: your code to set a new password is ${p.code}, valid for ${p.minutes} minutes. Give it to no one; Sajam never asks for it. If you did not ask for it, ignore this message.`,
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
  'password.reset': { redact: (body) => body.replace(/[0-9۰-۹]{6}/g, REDACTED), ttlMinutes: 5 },
};

/** The message as it may be kept once delivered, given up or expired. */
export function redactBody(template: string, body: string): string {
  return SECRET_TEMPLATES[template as TemplateName]?.redact(body) ?? body;
}
