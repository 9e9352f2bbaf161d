// What each notification says, in the recipient's language. No report text and no personal data:
// a reference and a link are enough, the rest is behind the login.
import { SETUP_LINK_HOURS } from '@/lib/accounts/setup-link-policy';
import { getEnv } from '@/lib/env';
import type { ReportStatus } from '@/lib/generated/prisma/enums';
import en from '@/messages/en.json';
import fa from '@/messages/fa.json';
import type { Locale } from '@/lib/i18n/format';
import { toPersianDigits } from '@/lib/text/normalize';
import { maskAddress } from './mask';

/** A case as staff messages name it: its case number (lib/reports/case-number.ts) and its page. */
type CaseRef = { reportId: string; caseNumber: string | null };
/** A case as an agency's messages name it: the case number and the referral's page in the agency portal. */
type ReferralRef = { referralId: string; caseNumber: string | null };
/** The referral templates addressed to an agency. */
export type ReferralTemplate = 'referral.received' | 'referral.withdrawn' | 'referral.clarified' | 'referral.sentBack' | 'referral.accepted';
/** What an agency did that the national office hears of. */
export type AgencyEvent = 'RESPONDED' | 'CLARIFICATION_REQUESTED' | 'DECLINED_NOT_RESPONSIBLE' | 'ESCALATED';

export type TemplateParams = {
  'report.overdue': CaseRef;
  'report.escalated': CaseRef;
  /** To the reviewer a case was just assigned to. */
  'report.assigned': CaseRef;
  /** To a core head: a member's report entered their core's queue. */
  'report.entered': CaseRef;
  /** To an agency's liaisons: a case was referred to their agency. */
  'referral.received': ReferralRef;
  /** To an agency's liaisons: a referral to them was withdrawn before they acknowledged it. */
  'referral.withdrawn': ReferralRef;
  /** To an agency's liaisons: staff answered their question. */
  'referral.clarified': ReferralRef;
  /** To an agency's liaisons: staff sent their answer back (saying what is missing), or reopened it on appeal. */
  'referral.sentBack': ReferralRef;
  /** To an agency's liaisons: staff accepted their answer. */
  'referral.accepted': ReferralRef;
  /** To an agency's liaisons: a due date is near (`dueToday` false) or is today (true). `dueDate`: Jalali, already formatted. */
  'referral.reminder': ReferralRef & { due: 'ACKNOWLEDGE' | 'ANSWER'; dueToday: boolean; dueDate: string };
  /** To the national office: an agency answered, asked a question, declined, or was escalated as overdue. */
  'referral.agencyMoved': CaseRef & { agency: string; event: AgencyEvent };
  /** To the national office: a reporter was not satisfied with the answer, within the appeal window. */
  'report.appealed': CaseRef;
  /**
   * To a reporter who confirmed a mobile for status messages: the new state, nothing of the report.
   * `joined`: their report was closed as a repeat and now follows an earlier one, whose state this is.
   * `status` null: the case they follow closed without an outcome of the matter (lib/workflow/duplicate-links.ts).
   */
  'report.status': { status: ReportStatus | null; joined?: boolean };
  /** To a member, in their account: reviewers asked a question about their report (a link to it, nothing else). */
  'report.question': { reportId: string };
  /** The code that confirms a mobile for status messages (/track): says Sajam and the code, not what for. */
  'statusMobile.code': { code: string; minutes: number };
  /** To an applicant, on the vetting decisions that concern them. */
  'member.decision': { status: 'APPROVED' | 'CORRECTION_REQUESTED' | 'REJECTED'; membershipCode: string | null };
  otp: { code: string; minutes: number };
  /** A one-time code for setting a new password (/login/reset): says what it is for and what to do if nobody asked. */
  'password.reset': { code: string; minutes: number };
  /** To a new staff account (or one an admin sent a new link): the one-time link that sets its password (lib/accounts/setup-link.ts). */
  'account.setup': { path: string; hours: number };
  /** To a staff account's previous mobile or e-mail when an administrator changed it (lib/accounts/update-staff-account.ts). */
  'account.contactChanged': { field: 'mobile' | 'email' };
  /** Sent instead of a code when someone asks to bind an address another account already holds. */
  'email.taken': Record<string, never>;
  /**
   * To a certificate's holder, 30 and again 7 days before it expires (lib/training/certificates/remind-expiring-certificates.ts).
   * `validThrough`: the last valid Jalali day, already formatted for the reader (formatDueDay).
   */
  'certificate.expiring': { courseTitle: string; validThrough: string };
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
const caseName = (p: { caseNumber: string | null; reportId?: string; referralId?: string }, locale: Locale) =>
  p.caseNumber ? (locale === 'fa' ? toPersianDigits(p.caseNumber) : p.caseNumber) : (p.reportId ?? p.referralId ?? '');
const caseLink = (p: CaseRef) => siteLink(`/reports/${p.reportId}`);
const referralLink = (p: ReferralRef) => siteLink(`/agency/referrals/${p.referralId}`);
const agencyEventFa: Record<AgencyEvent, string> = {
  RESPONDED: 'پاسخ داد',
  CLARIFICATION_REQUESTED: 'پرسشی برای روشن شدن موضوع فرستاد',
  DECLINED_NOT_RESPONSIBLE: 'اعلام کرد مسئول رسیدگی نیست',
  ESCALATED: 'از مهلت خود گذشته است و پیگیری آن به شما رسید',
};
const agencyEventEn: Record<AgencyEvent, string> = {
  RESPONDED: 'answered',
  CLARIFICATION_REQUESTED: 'asked a question',
  DECLINED_NOT_RESPONSIBLE: 'says it is not responsible',
  ESCALATED: 'is past its due date, and the follow-up is now yours',
};

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
    fa: (p) => `سجام: پرونده ${caseName(p, 'fa')} به دستگاه شما ارجاع شد. لطفاً دریافت آن را اعلام کنید.\n${referralLink(p)}`,
    en: (p) => `Sajam: case ${caseName(p, 'en')} was referred to your agency. Please acknowledge it.\n${referralLink(p)}`,
  },
  'referral.clarified': {
    fa: (p) => `سجام: به پرسش دستگاه شما درباره پرونده ${caseName(p, 'fa')} پاسخ داده شد.\n${referralLink(p)}`,
    en: (p) => `Sajam: your agency's question on case ${caseName(p, 'en')} has been answered.\n${referralLink(p)}`,
  },
  'referral.sentBack': {
    fa: (p) => `سجام: پاسخ دستگاه شما به پرونده ${caseName(p, 'fa')} کامل نبود و برای تکمیل بازگردانده شد.\n${referralLink(p)}`,
    en: (p) => `Sajam: your agency's answer on case ${caseName(p, 'en')} was sent back to be completed.\n${referralLink(p)}`,
  },
  'referral.accepted': {
    fa: (p) => `سجام: پاسخ دستگاه شما به پرونده ${caseName(p, 'fa')} پذیرفته شد. سپاس.\n${referralLink(p)}`,
    en: (p) => `Sajam: your agency's answer on case ${caseName(p, 'en')} was accepted. Thank you.\n${referralLink(p)}`,
  },
  'referral.reminder': {
    fa: (p) =>
      `سجام: مهلت ${p.due === 'ACKNOWLEDGE' ? 'اعلام دریافت' : 'پاسخ'} پرونده ${caseName(p, 'fa')} ${p.dueToday ? 'امروز به پایان می‌رسد' : `تا پایان ${p.dueDate} است`}.\n${referralLink(p)}`,
    en: (p) =>
      `Sajam: the ${p.due === 'ACKNOWLEDGE' ? 'acknowledgement' : 'answer'} of case ${caseName(p, 'en')} is due ${p.dueToday ? 'today' : `by the end of ${p.dueDate}`}.\n${referralLink(p)}`,
  },
  'referral.agencyMoved': {
    fa: (p) => `سجام: «${p.agency}» درباره پرونده ${caseName(p, 'fa')} ${agencyEventFa[p.event]}.\n${caseLink(p)}`,
    en: (p) => `Sajam: ${p.agency} ${agencyEventEn[p.event]} on case ${caseName(p, 'en')}.\n${caseLink(p)}`,
  },
  'report.appealed': {
    fa: (p) => `سجام: گزارشگر پرونده ${caseName(p, 'fa')} از پاسخ دستگاه راضی نیست و درخواست بازبینی دارد.\n${caseLink(p)}`,
    en: (p) => `Sajam: the reporter of case ${caseName(p, 'en')} is not satisfied with the answer and asks for a review.\n${caseLink(p)}`,
  },
  'referral.withdrawn': {
    fa: (p) => `سجام: ارجاع پرونده ${caseName(p, 'fa')} به دستگاه شما پس گرفته شد؛ نیازی به اقدام شما نیست.`,
    en: (p) => `Sajam: the referral of case ${caseName(p, 'en')} to your agency was withdrawn; nothing is needed from you.`,
  },
  'report.status': {
    fa: (p) =>
      `سجام: ${
        p.status === null
          ? 'پرونده‌ای که پیگیری می‌کنید بدون نتیجه‌ای درباره موضوع بسته شد.'
          : p.joined
            ? `گزارشی که پیگیری می‌کنید به گزارش مشابهی که پیش‌تر رسیده بود پیوست و از این پس وضعیت آن را می‌شنوید؛ اکنون «${statusNames.fa[p.status]}» است.`
            : `وضعیت گزارشی که پیگیری می‌کنید اکنون «${statusNames.fa[p.status]}» است.`
      } برای جزئیات، کد پیگیری را در این نشانی وارد کنید:\n${siteLink('/track')}`,
    en: (p) =>
      `Sajam: ${
        p.status === null
          ? 'the case you follow was closed without an outcome on the matter.'
          : p.joined
            ? `the report you follow was joined to a similar earlier report, whose state you will hear from now on; it is now "${statusNames.en[p.status]}".`
            : `the report you follow is now "${statusNames.en[p.status]}".`
      } For details, enter your tracking code at:\n${siteLink('/track')}`,
  },
  'report.question': {
    fa: (p) => `سجام: بررسی‌کنندگان درباره گزارش شما پرسشی دارند. پرسش را ببینید و پاسخ دهید:\n${siteLink(`/reports/${p.reportId}`)}`,
    en: (p) => `Sajam: the reviewers have a question about your report. Read it and answer:\n${siteLink(`/reports/${p.reportId}`)}`,
  },
  'statusMobile.code': {
    fa: (p) => `کد تأیید سجام: ${toPersianDigits(p.code)}`,
    en: (p) => `Sajam verification code: ${p.code}`,
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
  'account.setup': {
    fa: (p) =>
      `سجام: برای شما حساب کاری ساخته شد. گذرواژه خود را با این پیوند تعیین کنید؛ پیوند یک‌بار و تا ${toPersianDigits(p.hours)} ساعت کار می‌کند و آن را به هیچ‌کس ندهید:\n${siteLink(p.path)}`,
    en: (p) =>
      `Sajam: a staff account was made for you. Set your password with this link; it works once, for ${p.hours} hours. Give it to no one:\n${siteLink(p.path)}`,
  },
  'account.contactChanged': {
    fa: (p) =>
      `سجام: ${p.field === 'mobile' ? 'شماره همراه' : 'ایمیل'} حساب کاری شما در سجام را مدیر سامانه تغییر داد و از این پس پیام‌ها به نشانی تازه می‌رود. اگر از این تغییر خبر ندارید، همین حالا به ستاد خبر دهید.`,
    en: (p) =>
      `Sajam: an administrator changed the ${p.field === 'mobile' ? 'mobile' : 'e-mail address'} of your Sajam staff account; messages now go to the new one. If you did not expect this, tell the office now.`,
  },
  'email.taken': {
    fa: () =>
      'سجام: کسی خواست این نشانی رایانامه را به یک حساب سجام بیفزاید، اما این نشانی پیش‌تر به حساب دیگری متصل است. اگر خودتان بودید، با همان حساب وارد شوید؛ وگرنه این پیام را نادیده بگیرید.',
    en: () =>
      'Sajam: someone asked to add this e-mail address to a Sajam account, but it already belongs to another account. If it was you, log in with that account; otherwise ignore this message.',
  },
  'certificate.expiring': {
    fa: (p) => `سجام: گواهی دورهٔ «${p.courseTitle}» شما تا پایان ${p.validThrough} معتبر است. برای تمدید، دوره را دوباره بگذرانید.\n${siteLink('/training')}`,
    en: (p) =>
      `Sajam: your certificate for the course “${p.courseTitle}” is valid through ${p.validThrough}. To renew it, take the course again.\n${siteLink('/training')}`,
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
  'statusMobile.code': { redact: (body) => body.replace(/[0-9۰-۹]{6}/g, REDACTED), ttlMinutes: 5 },
  // The token of an account-setup link (43 base64url characters after /account/setup/), for as long as it works.
  'account.setup': { redact: (body) => body.replace(/(\/account\/setup\/)[A-Za-z0-9_-]+/g, `$1${REDACTED}`), ttlMinutes: SETUP_LINK_HOURS * 60 },
};

/**
 * Templates addressed to a mobile a reporter left for status messages, which may be an anonymous
 * reporter's: once delivered, given up or expired, their row keeps no address at all (not even a masked
 * one: `0935***233` kept 7 of 11 digits), and their outbox key names no report (statusMessageKey).
 */
export const UNADDRESSED_TEMPLATES: readonly TemplateName[] = ['report.status', 'statusMobile.code'];

/** What stays of a message's address once it has been sent, given up or expired. */
export function keptAddress(template: string, address: string | null): string | null {
  if (address === null || UNADDRESSED_TEMPLATES.includes(template as TemplateName)) return null;
  return maskAddress(address);
}

/** The message as it may be kept once delivered, given up or expired. */
export function redactBody(template: string, body: string): string {
  return SECRET_TEMPLATES[template as TemplateName]?.redact(body) ?? body;
}
