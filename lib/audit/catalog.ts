// The audit log's kinds of events and objects as values, for the viewer's selects (issue #15). The
// union in events.ts is the source: the checks below fail the type check when an event is added there
// and not here, or listed here and not there.
import type { AuditAction, AuditEvent } from './events';

export const AUDIT_ACTIONS = [
  'auth.login',
  'auth.login_failed',
  'auth.login_blocked',
  'auth.sessions_revoked',
  'auth.password_reset',
  'account.created',
  'account.updated',
  'account.disabled',
  'account.enabled',
  'account.setup_link_sent',
  'account.password_set',
  'account.contact_taken',
  'member.register',
  'member.transition',
  'member.identity_revealed',
  'report.submit',
  'report.transition',
  'report.message',
  'report.reminded',
  'report.escalated',
  'report.identity_revealed',
  'report.assigned',
  'report.rated',
  'report.outcome_published',
  'report.outcome_unpublished',
  'report.appeal_decided',
  'referral.created',
  'referral.moved',
  'referral.reminded',
  'referral.escalated',
  'agency.saved',
  'category.saved',
  'province.renamed',
  'county.renamed',
  'topic.saved',
  'settings.updated',
  'api_key.created',
  'api_key.revoked',
  'api_key.used',
  'core.create',
  'core.assign_member',
  'core.move_member',
  'core.appoint_head',
  'annual_report.requested',
  'annual_report.downloaded',
  'course.saved',
  'course.published',
  'training.enrolled',
  'training.quiz_submitted',
  'training.attempts_granted',
  'certificate.issued',
  'certificate.revoked',
  'certificate.downloaded',
  'training_group.created',
  'training_group.members_added',
  'training_group.member_removed',
  'training_group.session_scheduled',
  'training_group.attendance_recorded',
  'training_group.post_hidden',
  'audit.verified',
] as const satisfies readonly AuditAction[];

export type AuditObjectType = AuditEvent['objectType'];

export const AUDIT_OBJECT_TYPES = [
  'user',
  'member',
  'report',
  'referral',
  'agency',
  'api_key',
  'core',
  'audit_log',
  'category',
  'province',
  'county',
  'topic',
  'settings',
  'annual_report',
  'course',
  'enrollment',
  'certificate',
  'training_group',
] as const satisfies readonly AuditObjectType[];

type Unlisted<All, Listed> = [Exclude<All, Listed>] extends [never] ? true : Exclude<All, Listed>;
// An error here names the action or object type missing from the lists above.
export const everyActionListed: Unlisted<AuditAction, (typeof AUDIT_ACTIONS)[number]> = true;
export const everyObjectTypeListed: Unlisted<AuditObjectType, (typeof AUDIT_OBJECT_TYPES)[number]> = true;

/** A family of actions, chosen as one (`auth.*`): the part before the dot. */
export type AuditActionGroup = (typeof AUDIT_ACTIONS)[number] extends `${infer G}.${string}` ? G : never;
export const AUDIT_ACTION_GROUPS = [...new Set(AUDIT_ACTIONS.map((a) => a.split('.')[0]))] as AuditActionGroup[];

/** The actions of a group (`auth` → auth.login, auth.login_failed, …). */
export function actionsOfGroup(group: AuditActionGroup): AuditAction[] {
  return AUDIT_ACTIONS.filter((a) => a.startsWith(`${group}.`));
}
