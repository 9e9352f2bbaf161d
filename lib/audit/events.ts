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

type Event<A extends string, O extends string, M = undefined> = { action: A; objectType: O; objectId?: string | null } & (M extends undefined
  ? { meta?: undefined }
  : { meta: M });

export type AuditEvent =
  // Accounts and sessions
  | Event<'auth.login', 'user'>
  | Event<'auth.login_failed', 'user', { reason: 'unknown_account' | 'bad_password' | 'disabled' }>
  | Event<'auth.login_blocked', 'user'>
  | Event<'auth.sessions_revoked', 'user', { reason: SessionRevocationReason; count: number }>
  | Event<'auth.password_reset', 'user'>
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
  | Event<'report.appeal_decided', 'report', { upheld: boolean }>
  | Event<'agency.saved', 'agency', { created: boolean; categories: number }>
  | Event<'api_key.created' | 'api_key.revoked', 'api_key', { agencyId: string }>
  | Event<'api_key.used', 'api_key', { method: string; path: string; status: number }>
  // Administration (issue #15). Each changed setting in force before and after (a reset: after = the default).
  | Event<'settings.updated', 'settings', { changes: Partial<Record<SettingKey, { before: SettingValue; after: SettingValue; reset: boolean }>> }>
  // Cores
  | Event<'core.create', 'core'>
  | Event<'core.assign_member' | 'core.move_member', 'member', { from: string | null; to: string }>
  | Event<'core.appoint_head', 'core', { memberId: string; replaced: number }>;

export type AuditAction = AuditEvent['action'];

/** One kind of event, for code that reads the log by kind. */
export type AuditEventOf<A extends AuditAction> = Extract<AuditEvent, { action: A }>;

/** What is recorded: the event and who caused it (null: the public, a reporter by code, or the system). */
export type AuditInput = AuditEvent & { actorId: string | null };
