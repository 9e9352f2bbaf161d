// The chain check as the button posts it (no JavaScript needed): intact, then a row altered with raw SQL
// is named as where the chain breaks; the check itself is recorded; others are refused.
import { describe, expect, it } from 'vitest';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { callAction, formOf } from '@/lib/testing/call-action';
import { seededDb } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { verifyAuditChainAction } from './actions';

describe('verify the audit chain', () => {
  it('says the chain is intact, then names the altered row', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const as = (a: typeof admin) => ({ as: { id: a.id, name: a.name, roles: [...a.roles] } });

    const intact = await callAction(verifyAuditChainAction, formOf({}), as(national));
    expect(intact).toMatchObject({ ok: true, data: { intact: true, brokenAt: null, around: null } });
    expect(intact.data!.checked).toBeGreaterThan(0);
    expect(intact.data!.summary).toMatch(/زنجیره سالم است/);
    const recorded = await db.auditEvent.findFirstOrThrow({ where: { action: 'audit.verified', actorId: national.id }, orderBy: { id: 'desc' } });
    expect(recorded).toMatchObject({ objectType: 'audit_log', meta: { intact: true, checked: intact.data!.checked } });

    await db.$transaction((tx) =>
      recordAuditEvent(tx, {
        actorId: admin.id,
        action: 'report.submit',
        objectType: 'report',
        objectId: 'tamper-me',
        meta: { status: 'CORE_REVIEW', attachments: 0 },
      }),
    );
    const target = await db.auditEvent.findFirstOrThrow({ where: { objectId: 'tamper-me' }, orderBy: { id: 'desc' } });
    await db.$executeRaw`UPDATE "AuditEvent" SET meta = '{"status": "CORE_REVIEW", "attachments": 3}'::jsonb WHERE id = ${target.id}`;
    try {
      const broken = await callAction(verifyAuditChainAction, formOf({}), as(admin));
      expect(broken).toMatchObject({ ok: true, data: { intact: false, brokenAt: target.id.toString() } });
      expect(broken.data!.summary).toContain(target.id.toString().replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!));
      expect(broken.data!.around).toBe(`/audit?after=${target.at.getTime() + 1}.0`);
      const check = await db.auditEvent.findFirstOrThrow({ where: { action: 'audit.verified', actorId: admin.id }, orderBy: { id: 'desc' } });
      expect(check.meta).toMatchObject({ intact: false, brokenAt: target.id.toString() });
    } finally {
      await db.$executeRaw`UPDATE "AuditEvent" SET meta = ${JSON.stringify(target.meta)}::jsonb WHERE id = ${target.id}`;
    }
    expect((await callAction(verifyAuditChainAction, formOf({}), as(admin))).data?.intact).toBe(true);
  });

  it('refuses everyone but the administrator and the national office', async () => {
    const db = await seededDb();
    const agency = await db.agency.findFirstOrThrow();
    const liaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: agency.id });
    const member = await createActor(db, ['MEMBER']);
    for (const a of [liaison, member]) {
      const refused = await callAction(verifyAuditChainAction, formOf({}), { as: { id: a.id, name: a.name, roles: [...a.roles] } });
      expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN' });
    }
    expect(await db.auditEvent.count({ where: { action: 'audit.verified', actorId: { in: [liaison.id, member.id] } } })).toBe(0);
  });
});
