// What each notification says, in the recipient's language. No report text and no personal data:
// a reference and a link are enough, the rest is behind the login.
import { getEnv } from '@/lib/env';
import type { ReportStatus } from '@/lib/generated/prisma/enums';
import en from '@/messages/en.json';
import fa from '@/messages/fa.json';
import type { Locale } from '@/lib/i18n/format';
import { toPersianDigits } from '@/lib/text/normalize';

/** A case as staff messages name it: its case number (lib/reports/case-number.ts) and its page. */
type CaseRef = { reportId: string; caseNumber: string | null };

export type TemplateParams = {
  'report.overdue': CaseRef;
  'report.escalated': CaseRef;
  /** To the reviewer a case was just assigned to. */
  'report.assigned': CaseRef;
  /** To a core head: a member's report entered their core's queue. */
  'report.entered': CaseRef;
  /** To an agency's liaisons: a case was referred to their agency. */
  'referral.received': CaseRef;
  /** To an agency's liaisons: a referral to them was withdrawn before they acknowledged it. */
  'referral.withdrawn': CaseRef;
  /** To a reporter who left a mobile for status messages: the new state, nothing of the report. */
  'report.status': { status: ReportStatus };
  /** To an applicant, on the vetting decisions that concern them. */
  'member.decision': { status: 'APPROVED' | 'CORRECTION_REQUESTED' | 'REJECTED'; membershipCode: string | null };
  otp: { code: string; minutes: number };
  /** A one-time code for setting a new password (/login/reset): says what it is for and what to do if nobody asked. */
  'password.reset': { code: string; minutes: number };
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

/** The states' names as every page shows them (messages/*.json `status`). */
const statusNames: Record<Locale, Record<ReportStatus, string>> = { fa: fa.status, en: en.status };

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
  'report.entered': {
    fa: (p) => `سجام: گزارش تازه‌ای از اعضای هسته، پرونده ${caseName(p, 'fa')}، در صف بررسی شماست.\n${caseLink(p)}`,
    en: (p) => `Sajam: a new report from your core's members, case ${caseName(p, 'en')}, is in your review queue.\n${caseLink(p)}`,
  },
  'referral.received': {
    fa: (p) => `سجام: پرونده ${caseName(p, 'fa')} به دستگاه شما ارجاع شد. لطفاً دریافت آن را اعلام کنید.\n${caseLink(p)}`,
    en: (p) => `Sajam: case ${caseName(p, 'en')} was referred to your agency. Please acknowledge it.\n${caseLink(p)}`,
  },
  'referral.withdrawn': {
    fa: (p) => `سجام: ارجاع پرونده ${caseName(p, 'fa')} به دستگاه شما پس گرفته شد؛ نیازی به اقدام شما نیست.`,
    en: (p) => `Sajam: the referral of case ${caseName(p, 'en')} to your agency was withdrawn; nothing is needed from you.`,
  },
  'report.status': {
    fa: (p) =>
      `سجام: وضعیت گزارشی که پیگیری می‌کنید اکنون «${statusNames.fa[p.status]}» است. برای جزئیات، کد پیگیری را در این نشانی وارد کنید:\n${siteLink('/track')}`,
    en: (p) => `Sajam: the report you follow is now "${statusNames.en[p.status]}". For details, enter your tracking code at:\n${siteLink('/track')}`,
  },
  'member.decision': {
    fa: (p) =>
      p.status === 'APPROVED'
        ? `سجام: درخواست عضویت شما پذیرفته شد. کد عضویت شما ${toPersianDigits(p.membershipCode ?? '')} است. برای ورود:\n${siteLink('/login')}`
        : p.status === 'CORRECTION_REQUESTED'
          ? `سجام: درخواست عضویت شما نیاز به اصلاح دارد. توضیح کارشناس را ببینید و درخواست را دوباره بفرستید:\n${siteLink('/application')}`
          : `سجام: درخواست عضویت شما پذیرفته نشد. توضیح را در این نشانی ببینید:\n${siteLink('/application')}`,
    en: (p) =>
      p.status === 'APPROVED'
        ? `Sajam: your membership application was approved. Your membership code is ${p.membershipCode ?? ''}. Log in:\n${siteLink('/login')}`
        : p.status === 'CORRECTION_REQUESTED'
          ? `Sajam: your membership application needs a correction. Read the reviewer's note and send it again:\n${siteLink('/application')}`
          : `Sajam: your membership application was not approved. The reason is here:\n${siteLink('/application')}`,
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
