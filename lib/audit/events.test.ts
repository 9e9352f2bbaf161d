import { describe, expect, it } from 'vitest';
import type { AuditEventOf, AuditInput } from './events';

describe('audit events', () => {
  it('accept only known actions with their data (checked by the type checker, `npm run typecheck`)', () => {
    const ok: AuditInput = {
      actorId: null,
      action: 'report.transition',
      objectType: 'report',
      objectId: 'r',
      meta: { action: 'approve', from: 'CORE_REVIEW', to: 'PROVINCE_REVIEW' },
    };
    // @ts-expect-error an action that is not in the list
    const unknown: AuditInput = { actorId: null, action: 'report.deleted', objectType: 'report' };
    // @ts-expect-error data of the wrong shape: a transition names its states
    const wrongData: AuditInput = { actorId: null, action: 'report.transition', objectType: 'report', meta: { note: 'free text' } };
    // @ts-expect-error free text has no place in the log
    const text: AuditInput = { actorId: null, action: 'auth.login_failed', objectType: 'user', meta: { reason: 'typed 09121234567' } };
    const read = (e: AuditEventOf<'report.escalated'>) => e.meta.to;
    expect([ok, unknown, wrongData, text].map((e) => e.action)).toHaveLength(4);
    expect(read({ action: 'report.escalated', objectType: 'report', meta: { status: 'CORE_REVIEW', to: 'PROVINCE_STAFF' } })).toBe('PROVINCE_STAFF');
  });
});
