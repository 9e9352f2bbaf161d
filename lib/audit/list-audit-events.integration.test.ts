import { describe, expect, it } from 'vitest';
import type { Db } from '@/lib/db/client';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import type { AuditInput } from './events';
import { auditFiltersSchema, listAuditEvents, type ListAuditEventsOptions } from './list-audit-events';
import { verifyAuditLog } from './verify-audit-log';

/** Appends an event at a chosen instant, keeping the hash chain intact (as sajam_audit_append does, at `at`). */
async function appendAt(db: Db, at: Date, input: AuditInput): Promise<string> {
  const meta = input.meta ? JSON.stringify(input.meta) : null;
  const ts = at.toISOString();
  return db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(1396787777)`;
    const [row] = await tx.$queryRaw<{ id: bigint }[]>`
      WITH prev AS (SELECT coalesce((SELECT hash FROM "AuditEvent" ORDER BY id DESC LIMIT 1), repeat('0', 64)) AS hash),
           v AS (SELECT (${ts}::timestamptz AT TIME ZONE 'UTC')::timestamp(3) AS at)
      INSERT INTO "AuditEvent" (at, "actorId", action, "objectType", "objectId", meta, "prevHash", hash)
      SELECT v.at, ${input.actorId}::uuid, ${input.action}, ${input.objectType}, ${input.objectId ?? null}, ${meta}::jsonb, prev.hash,
        sajam_audit_hash(prev.hash, v.at, ${input.actorId}::uuid, ${input.action}, ${input.objectType}, ${input.objectId ?? null}, ${meta}::jsonb)
      FROM prev, v RETURNING id`;
    return row!.id.toString();
  });
}

describe('the audit log viewer', () => {
  it('filters by who, what, when (whole Tehran days) and object, newest first, in pages', async () => {
    const db = await seededDb();
    const admin = await createActor(db, ['ADMIN']);
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const report1 = `r1-${uniqueSuffix()}`;
    const report2 = `r2-${uniqueSuffix()}`;
    // 1399/05/10 is 2020-07-31; Tehran kept daylight saving then (+04:30): its day runs 2020-07-30T19:30Z → 2020-07-31T19:30Z.
    const ids = {
      lateBefore: await appendAt(db, new Date('2020-07-30T19:29:00Z'), {
        actorId: national.id,
        action: 'auth.login_failed',
        objectType: 'user',
        objectId: national.id,
        meta: { reason: 'bad_password' },
      }),
      firstMinute: await appendAt(db, new Date('2020-07-30T19:31:00Z'), { actorId: admin.id, action: 'auth.login', objectType: 'user', objectId: admin.id }),
      noonA: await appendAt(db, new Date('2020-07-31T07:30:00Z'), {
        actorId: national.id,
        action: 'report.transition',
        objectType: 'report',
        objectId: report2,
        meta: { action: 'approve', from: 'NATIONAL_REVIEW', to: 'APPROVED' },
      }),
      noonB: await appendAt(db, new Date('2020-07-31T07:30:00Z'), {
        actorId: national.id,
        action: 'report.assigned',
        objectType: 'report',
        objectId: report2,
        meta: { status: 'NATIONAL_REVIEW', from: null, to: national.id },
      }),
      lastMinute: await appendAt(db, new Date('2020-07-31T19:29:00Z'), {
        actorId: admin.id,
        action: 'report.transition',
        objectType: 'report',
        objectId: report1,
        meta: { action: 'approve', from: 'CORE_REVIEW', to: 'PROVINCE_REVIEW' },
      }),
      earlyAfter: await appendAt(db, new Date('2020-07-31T19:31:00Z'), {
        actorId: null,
        action: 'report.reminded',
        objectType: 'report',
        objectId: report1,
        meta: { status: 'CORE_REVIEW' },
      }),
    };
    const year = { from: '1399/01/01', to: '1399/12/30' };
    const list = async (filters: ListAuditEventsOptions['filters'], limit?: number) =>
      (await listAuditEvents({ actor: admin, filters, limit })).items.map((e) => e.id);

    // When: the whole day of 1399/05/10 in Tehran, 00:01 and 23:59 in, the minutes either side out; Persian digits too.
    const day = [ids.lastMinute, ids.noonB, ids.noonA, ids.firstMinute];
    expect(await list({ from: '1399/05/10', to: '1399/05/10' })).toEqual(day);
    expect(await list({ from: '۱۳۹۹/۰۵/۱۰', to: '۱۳۹۹/۰۵/۱۰' })).toEqual(day);
    expect(await list({ from: '1399/05/11', to: '1399/05/11' })).toEqual([ids.earlyAfter]);
    expect(await list({ from: '1399/05/09', to: '1399/05/09' })).toEqual([ids.lateBefore]);

    // The same at +03:30 (no daylight saving since 2022): 1404/01/10 begins at 2025-03-29T20:30Z.
    const before = await appendAt(db, new Date('2025-03-29T20:29:00Z'), { actorId: admin.id, action: 'auth.login', objectType: 'user', objectId: admin.id });
    const after1404 = await appendAt(db, new Date('2025-03-29T20:31:00Z'), { actorId: admin.id, action: 'auth.login', objectType: 'user', objectId: admin.id });
    expect(await list({ from: '1404/01/09', to: '1404/01/09', actor: admin.id })).toEqual([before]);
    expect(await list({ from: '1404/01/10', to: '1404/01/10', actor: admin.id })).toEqual([after1404]);

    // What: one action, or a group.
    expect(await list({ ...year, action: 'report.transition' })).toEqual([ids.lastMinute, ids.noonA]);
    expect(await list({ ...year, action: 'auth.*' })).toEqual([ids.firstMinute, ids.lateBefore]);
    // Who: a person by id, by part of the name or e-mail; the system alone.
    expect(await list({ ...year, actor: admin.id })).toEqual([ids.lastMinute, ids.firstMinute]);
    expect(await list({ ...year, actor: admin.name.split(' ')[1]! })).toEqual([ids.lastMinute, ids.firstMinute]);
    const email = (await db.user.findUniqueOrThrow({ where: { id: national.id } })).email!;
    expect(await list({ ...year, actor: email.toUpperCase() })).toEqual([ids.noonB, ids.noonA, ids.lateBefore]);
    expect(await list({ ...year, actor: `nobody-${uniqueSuffix()}` })).toEqual([]);
    expect(await list({ ...year, system: 'on' })).toEqual([ids.earlyAfter]);
    // Which object.
    expect(await list({ objectType: 'report', objectId: report1 })).toEqual([ids.earlyAfter, ids.lastMinute]);
    expect(await list({ objectType: 'user', objectId: report1 })).toEqual([]);

    // Pages of two, newest first; the two events of the same millisecond split across pages by id.
    const first = await listAuditEvents({ actor: admin, filters: { from: '1399/05/10', to: '1399/05/10' }, limit: 3 });
    expect(first.items.map((e) => e.id)).toEqual([ids.lastMinute, ids.noonB, ids.noonA]);
    const pages: string[][] = [];
    let after: string | undefined;
    do {
      const page = await listAuditEvents({ actor: admin, filters: { ...year, after }, limit: 2 });
      pages.push(page.items.map((e) => e.id));
      after = page.nextCursor ?? undefined;
    } while (after);
    expect(pages).toEqual([
      [ids.earlyAfter, ids.lastMinute],
      [ids.noonB, ids.noonA],
      [ids.firstMinute, ids.lateBefore],
    ]);

    // A row as read: the actor's name and role, the object, the data as key and value.
    const [row] = (await listAuditEvents({ actor: national, filters: { ...year, action: 'report.transition', actor: admin.id } })).items;
    expect(row).toMatchObject({
      id: ids.lastMinute,
      action: 'report.transition',
      objectType: 'report',
      objectId: report1,
      actor: { id: admin.id, name: admin.name, roles: ['ADMIN'] },
    });
    // jsonb keeps its keys in its own order (shortest first).
    expect(row!.meta).toHaveLength(3);
    expect(row!.meta).toEqual(
      expect.arrayContaining([
        { key: 'action', value: 'approve' },
        { key: 'from', value: 'CORE_REVIEW' },
        { key: 'to', value: 'PROVINCE_REVIEW' },
      ]),
    );
    expect(row!.at.toISOString()).toBe('2020-07-31T19:29:00.000Z');
    const [system] = (await listAuditEvents({ actor: admin, filters: { ...year, system: 'on' } })).items;
    expect(system!.actor).toBeNull();
    // The page parses the address first; parsed filters pass through unchanged.
    expect(await list(auditFiltersSchema.parse({ ...year, system: 'on' }))).toEqual([ids.earlyAfter]);

    // Dates that are not Jalali dates, or the wrong way round, are named.
    await expect(listAuditEvents({ actor: admin, filters: { from: '1399/13/01' } })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { from: ['date'] },
    });
    await expect(listAuditEvents({ actor: admin, filters: { from: '1399/05/11', to: '1399/05/10' } })).rejects.toMatchObject({
      code: 'VALIDATION',
      fieldErrors: { to: ['dateOrder'] },
    });
  });

  it('never names a member as the reporter of their report, nor finds the report by them', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const member = await createActor(db, ['MEMBER']);
    const reportId = `member-report-${uniqueSuffix()}`;
    const submitted = await appendAt(db, new Date(), {
      actorId: member.id,
      action: 'report.submit',
      objectType: 'report',
      objectId: reportId,
      meta: { status: 'CORE_REVIEW', attachments: 0 },
    });
    const login = await appendAt(db, new Date(), { actorId: member.id, action: 'auth.login', objectType: 'user', objectId: member.id });

    const [row] = (await listAuditEvents({ actor: national, filters: { objectType: 'report', objectId: reportId } })).items;
    expect(row).toMatchObject({ id: submitted, actor: null, byReporter: true });
    expect(JSON.stringify(row)).not.toContain(member.id);
    for (const who of [member.id, member.name, `t-${member.name.split(' ')[1]}`]) {
      const ids = (await listAuditEvents({ actor: national, filters: { actor: who } })).items.map((e) => e.id);
      expect(ids).toContain(login);
      expect(ids).not.toContain(submitted);
    }
    expect((await listAuditEvents({ actor: national, filters: { system: 'on', objectId: reportId } })).items).toEqual([]);
  });

  it('is read by the administrator and the national office only', async () => {
    const db = await seededDb();
    const agency = await db.agency.findFirstOrThrow();
    for (const roles of [['ADMIN'], ['NATIONAL_OFFICE']] as const) {
      const actor = await createActor(db, [...roles]);
      await expect(listAuditEvents({ actor, limit: 1 })).resolves.toMatchObject({ items: [expect.objectContaining({ id: expect.any(String) })] });
    }
    for (const [roles, scope] of [
      [['MEMBER'], {}],
      [['PROVINCE_STAFF'], { provinceId: 8 }],
      [['AGENCY_LIAISON'], { agencyId: agency.id }],
      [['TRAINER'], {}],
    ] as const) {
      const actor = await createActor(db, [...roles], scope);
      await expect(listAuditEvents({ actor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
      await expect(verifyAuditLog({ actor })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    }
  });
});
