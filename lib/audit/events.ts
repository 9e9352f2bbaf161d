// Every kind of audit event, with the shape of its data: the one list (issue #10). `recordAuditEvent`
// accepts only these, and the statistics and the annual report read them by `action` with the data typed
// (`AuditEventOf<'report.transition'>`). Data holds identifiers, states and counts only: never report
// text or personal data (the log is kept for years and read by auditors).
import type { SessionRevocationReason } from '@/lib/auth/revoke-sessions';
import type { Role } from '@/lib/authz/roles';
import type { ApplicationStatus, MessageAuthor, ReportStatus } from '@/lib/generated/prisma/enums';
import type { SettingKey, SettingValue } from '@/lib/settings/registry';
import type { VettingAction } from '@/lib/vetting/transitions';
import type { WorkflowAction } from '@/lib/workflow/transitions';
import type { ReferralAction } from '@/lib/workflow/referral-transitions';
import type { ReferralDue, ReferralStatus } from '@/lib/generated/prisma/enums';

/** What an account may do and where: the part of an account its audit events compare. */
export type AccountAccess = { roles: Role[]; provinceId: number | null; agencyId: string | null };

type Event<A extends string, O extends string, M = undefined> = { action: A; objectType: O; objectId?: string | null } & (M extends undefined
  ? { meta?: undefined }
  : { meta: M });

/** A priority topic as the log keeps it: its identifiers, state and window (ISO instants; endsAt exclusive). */
export type TopicAuditState = { slug: string; active: boolean; provinceId: number | null; startsAt: string; endsAt: string | null };
export type TopicChangedField = 'title' | 'titleEn' | 'description' | 'descriptionEn' | 'active' | 'provinceId' | 'startsAt' | 'endsAt';

export type AuditEvent =
  // Accounts and sessions
  | Event<'auth.login', 'user'>
  | Event<'auth.login_failed', 'user', { reason: 'unknown_account' | 'bad_password' | 'disabled' | 'no_password' }>
  | Event<'auth.login_blocked', 'user'>
  | Event<'auth.sessions_revoked', 'user', { reason: SessionRevocationReason; count: number }>
  | Event<'auth.password_reset', 'user'>
  // Staff accounts (issue #15). Roles and scope before and after; of the personal fields (name, mobile,
  // e-mail) only which ones changed, never their values.
  | Event<'account.created', 'user', { roles: Role[]; provinceId: number | null; agencyId: string | null; via: 'admin' | 'cli' }>
  | Event<'account.updated', 'user', { before: AccountAccess; after: AccountAccess; changed: ('name' | 'mobile' | 'email' | 'locale')[] }>
  | Event<'account.disabled' | 'account.enabled', 'user'>
  | Event<'account.setup_link_sent', 'user'>
  | Event<'account.password_set', 'user'>
  /** An administrator typed a mobile or e-mail another account holds (which fields): probing for who is registered shows here. */
  | Event<'account.contact_taken', 'user', { fields: ('mobile' | 'email')[] }>
  // Volunteers
  | Event<'member.register', 'user'>
  | Event<'member.transition', 'member', { action: VettingAction; from: ApplicationStatus; to: ApplicationStatus; failedChecks?: number }>
  | Event<'member.identity_revealed', 'member'>
  // Reports
  | Event<'report.submit', 'report', { status: ReportStatus; attachments: number }>
  | Event<'report.transition', 'report', { action: WorkflowAction; from: ReportStatus; to: ReportStatus }>
  | Event<'report.message', 'report', { author: MessageAuthor; attachments: number }>
  | Event<'report.reminded', 'report', { status: ReportStatus }>
  | Event<'report.escalated', 'report', { status: ReportStatus; to: Role }>
  | Event<'report.identity_revealed', 'report', { member: boolean; contact: boolean }>
  /** Who works on a case: user ids before and after (null: nobody), at which stage. */
  | Event<'report.assigned', 'report', { status: ReportStatus; from: string | null; to: string | null }>
  // Agencies (issue #14). `via`: the portal (a person) or the Open311 API (a key, by id).
  | Event<'referral.created', 'referral', { reportId: string; agencyId: string; reopened: boolean }>
  | Event<'referral.moved', 'referral', { action: ReferralAction; from: ReferralStatus; to: ReferralStatus; via: 'portal' | 'api'; apiKeyId?: string }>
  | Event<'referral.reminded' | 'referral.escalated', 'referral', { due: ReferralDue; overdue: boolean }>
  | Event<'report.rated', 'report', { satisfied: boolean; appeal: boolean }>
  /**
   * An outcome published (issue #16): which summaries changed since the last publication (none on a first
   * one that keeps nothing: `republished` false), how many personal-data warnings the check raised and
   * whether the publisher ticked that they checked them. Never the summaries' words.
   */
  | Event<
      'report.outcome_published',
      'report',
      { changed: ('publicOutcome' | 'publicAnswer')[]; republished: boolean; warnings: number; warningsAcknowledged: boolean }
    >
  /** An outcome taken off the public pages, with the national office's reason (staff words, never the report's). */
  | Event<'report.outcome_unpublished', 'report', { reason: string }>
  | Event<'report.appeal_decided', 'report', { upheld: boolean }>
  | Event<'agency.saved', 'agency', { created: boolean; categories: number }>
  // Reference data (issue #15): what changed, before (null: created) and after. Names are public reference data, not personal.
  | Event<'category.saved', 'category', { before: CategorySnapshot | null; after: CategorySnapshot }>
  | Event<'province.renamed', 'province', { before: PlaceNames; after: PlaceNames }>
  | Event<'county.renamed', 'county', { provinceId: number; before: PlaceNames; after: PlaceNames }>
  | Event<'api_key.created' | 'api_key.revoked', 'api_key', { agencyId: string }>
  | Event<'api_key.used', 'api_key', { method: string; path: string; status: number }>
  // Priority topics (issue #15): before (null when created) and after, without the texts (`changed` names them).
  | Event<'topic.saved', 'topic', { created: boolean; before: TopicAuditState | null; after: TopicAuditState; changed: TopicChangedField[] }>
  // Administration (issue #15). Each changed setting in force before and after (a reset: after = the default).
  | Event<'settings.updated', 'settings', { changes: Partial<Record<SettingKey, { before: SettingValue; after: SettingValue; reset: boolean }>> }>
  // Cores
  | Event<'core.create', 'core'>
  | Event<'core.assign_member' | 'core.move_member', 'member', { from: string | null; to: string }>
  | Event<'core.appoint_head', 'core', { memberId: string; replaced: number }>
  // The annual report (issue #17): asked for (scope and year) and each download of its PDF.
  | Event<'annual_report.requested', 'annual_report', AnnualReportAuditScope>
  | Event<'annual_report.downloaded', 'annual_report', AnnualReportAuditScope>
  // Training (issue #18). Identifiers, versions, counts and scores only; a revocation's reason is staff words.
  | Event<'course.saved', 'course', { versionId: string; version: number; created: boolean; newDraft: boolean }>
  | Event<'course.published', 'course', { versionId: string; version: number }>
  | Event<'training.enrolled', 'enrollment', { courseId: string; versionId: string; groupId: string | null }>
  | Event<'training.quiz_submitted', 'enrollment', { attempt: number; score: number; passed: boolean }>
  | Event<'training.attempts_granted', 'enrollment', { extra: number }>
  | Event<'certificate.issued', 'certificate', { courseId: string; versionId: string; expiresAt: string }>
  | Event<
      'certificate.revoked',
      'certificate',
      { reason: string; /** The certificate chosen, when this one was revoked along with it (a renewal of the same course). */ with?: string }
    >
  | Event<'certificate.downloaded', 'certificate'>
  | Event<
      'training_group.created',
      'training_group',
      { kind: 'MEMBERS' | 'TRAINERS'; courseId: string; provinceId: number | null; workshopGroup: number | null }
    >
  | Event<'training_group.members_added', 'training_group', { userIds: string[] }>
  | Event<'training_group.member_removed', 'training_group', { userId: string }>
  | Event<'training_group.session_scheduled', 'training_group', { sessionId: string }>
  | Event<'training_group.attendance_recorded', 'training_group', { sessionId: string; present: number; absent: number }>
  | Event<'training_group.post_hidden', 'training_group', { postId: string; reason: string }>
  // The log itself (issue #15): someone checked the hash chain from /audit. `brokenAt`: the first altered event's id.
  | Event<'audit.verified', 'audit_log', { intact: boolean; checked: number; brokenAt?: string }>;

/** A category as audited: every field the administrator edits. */
export type CategorySnapshot = { slug: string; name: string; nameEn: string; sortOrder: number; active: boolean };
/** An annual report as the log keeps it: its Jalali year and scope (the province or agency, when one). */
export type AnnualReportAuditScope = { year: number; scope: 'NATIONAL' | 'PROVINCE' | 'AGENCY'; provinceId: number | null; agencyId: string | null };
/** A province's or county's two spellings. */
export type PlaceNames = { name: string; nameEn: string };

export type AuditAction = AuditEvent['action'];

/** One kind of event, for code that reads the log by kind. */
export type AuditEventOf<A extends AuditAction> = Extract<AuditEvent, { action: A }>;

/** What is recorded: the event and who caused it (null: the public, a reporter by code, or the system). */
export type AuditInput = AuditEvent & { actorId: string | null };
