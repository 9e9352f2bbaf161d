import { describe, expect, it } from 'vitest';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { scopeWhere } from '@/lib/authz';
import { createActor, createCore, reportInput } from '@/lib/testing/reports';
import { listReviewQueue } from './list-review-queue';
import { queueFiltersSchema } from './queue-filters';
import { submitReport } from './submit-report';

const PROVINCE = 22;

describe('listReviewQueue', () => {
  it('pages by keyset without gaps or repeats, and filters by search, category and overdue', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: PROVINCE });
    const marker = `نشانه${uniqueSuffix()}`;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const input = reportInput({
        provinceId: String(PROVINCE),
        categoryId: i < 2 ? '5' : '6',
        description: `شرح آزمایشی شماره ${i} ${i === 3 ? marker : ''} برای صف استان`,
      });
      ids.push((await submitReport({ actor: null, input, files: [], rateKey: `queue-${uniqueSuffix()}` })).reportId);
    }
    const all = async (filters: Record<string, string>) => {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await listReviewQueue({ actor: staff, filters: queueFiltersSchema.parse({ ...filters, after }), limit: 3 });
        seen.push(...page.items.map((r) => r.id));
        after = page.nextCursor ?? undefined;
      } while (after);
      return seen;
    };

    // By deadline (the default) the first sent is the most urgent; newest and oldest are the other orders.
    const byDeadline = await all({});
    expect(byDeadline.filter((id) => ids.includes(id))).toEqual(ids);
    expect(new Set(byDeadline).size).toBe(byDeadline.length);
    const newest = await all({ order: 'newest' });
    expect(newest.filter((id) => ids.includes(id))).toEqual([...ids].reverse());
    expect(new Set(newest).size).toBe(newest.length);
    expect((await all({ order: 'oldest' })).filter((id) => ids.includes(id))).toEqual(ids);
    // Every order pages through the same set.
    expect([...newest].sort()).toEqual([...byDeadline].sort());

    expect(await all({ q: marker.replace('ی', 'ي') })).toEqual([ids[3]]);
    expect((await all({ categoryId: '5' })).filter((id) => ids.includes(id)).sort()).toEqual([ids[0], ids[1]].sort());

    await db.report.update({ where: { id: ids[6] }, data: { stageDeadlineAt: new Date(Date.now() - 60_000) } });
    const overdue = await listReviewQueue({ actor: staff, filters: queueFiltersSchema.parse({ overdue: 'on' }) });
    expect(overdue.items.map((r) => r.id)).toContain(ids[6]);
    expect(overdue.items.find((r) => r.id === ids[6])?.overdue).toBe(true);
    expect(overdue.items.map((r) => r.id)).not.toContain(ids[5]);

    const other = await createActor(db, ['PROVINCE_STAFF'], { provinceId: PROVINCE + 1 });
    expect((await listReviewQueue({ actor: other, filters: queueFiltersSchema.parse({ status: 'all' }) })).items.map((r) => r.id)).not.toContain(ids[0]);
  });
});

describe('queues by urgency, case numbers and assignment', () => {
  it('puts overdue and escalated cases first, cases with no deadline last, and pages across both', async () => {
    const db = await seededDb();
    const province = 24;
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const sent: string[] = [];
    for (let i = 0; i < 5; i++)
      sent.push(
        (await submitReport({ actor: null, input: reportInput({ provinceId: String(province) }), files: [], rateKey: `urgent-${uniqueSuffix()}` })).reportId,
      );
    const hour = 3_600_000;
    await db.report.update({ where: { id: sent[4] }, data: { stageDeadlineAt: new Date(Date.now() - 3 * 24 * hour), escalatedAt: new Date() } });
    await db.report.update({ where: { id: sent[2] }, data: { stageDeadlineAt: new Date(Date.now() - hour) } });
    await db.report.update({ where: { id: sent[0] }, data: { status: 'CLOSED', stageDeadlineAt: null } });
    const seen: { id: string; overdue: boolean; escalated: boolean; deadline: Date | null }[] = [];
    let after: string | undefined;
    do {
      const page = await listReviewQueue({
        actor: national,
        filters: queueFiltersSchema.parse({ status: 'all', provinceId: String(province), after }),
        limit: 2,
      });
      seen.push(...page.items);
      after = page.nextCursor ?? undefined;
    } while (after);
    const ours = seen.filter((r) => sent.includes(r.id));
    expect(ours.map((r) => r.id)).toEqual([sent[4], sent[2], sent[1], sent[3], sent[0]]);
    expect(ours[0]).toMatchObject({ overdue: true, escalated: true });
    expect(ours[1]).toMatchObject({ overdue: true, escalated: false });
    expect(ours[4]!.deadline).toBeNull();
    expect(new Set(seen.map((r) => r.id)).size).toBe(seen.length);
  });

  it('finds a case by its number however it is typed, in scope only; assignment filters "mine" and "unassigned"', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 25 });
    const colleague = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 25 });
    const elsewhere = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 26 });
    const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '25' }), files: [], rateKey: `case-${uniqueSuffix()}` });
    const { caseNumber } = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { caseNumber: true } });
    const [year, code, seq] = caseNumber!.split('-');
    const typed = `${year}/${code}/${Number(seq)}`.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);
    const find = async (actor: typeof staff, filters: Record<string, string>) =>
      (await listReviewQueue({ actor, filters: queueFiltersSchema.parse({ status: 'all', ...filters }) })).items.map((r) => r.id);
    expect(await find(staff, { q: typed })).toEqual([reportId]);
    expect((await listReviewQueue({ actor: staff, filters: queueFiltersSchema.parse({ q: caseNumber! }) })).items[0]?.caseNumber).toBe(caseNumber);
    expect(await find(elsewhere, { q: caseNumber! })).toEqual([]);

    expect(await find(staff, { assigned: 'unassigned' })).toContain(reportId);
    await db.report.update({ where: { id: reportId }, data: { assigneeId: colleague.id, assignedAt: new Date() } });
    expect(await find(staff, { assigned: 'unassigned' })).not.toContain(reportId);
    expect(await find(staff, { assigned: 'mine' })).not.toContain(reportId);
    expect(await find(colleague, { assigned: 'mine' })).toContain(reportId);
    const card = (await listReviewQueue({ actor: staff, filters: queueFiltersSchema.parse({ q: caseNumber! }) })).items[0];
    expect(card?.assignee).toEqual({ id: colleague.id, name: expect.any(String) });
  });
});

describe('queue search and scope', () => {
  it('finds Persian words by prefix, across Arabic letter forms and the zero-width non-joiner, and survives any input', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const tag = uniqueSuffix();
    const { reportId } = await submitReport({
      actor: null,
      input: reportInput({ provinceId: '7', description: `چراغ‌های خیابان ${tag} سه ماه است خاموش مانده و کسی پاسخگو نیست.`, placeDescription: 'میدان شهدا' }),
      files: [],
      rateKey: `q-${tag}`,
    });
    const find = async (q: string) =>
      (await listReviewQueue({ actor: national, filters: queueFiltersSchema.parse({ status: 'all', q }) })).items.map((r) => r.id);
    expect(await find(`${tag} چراغ`)).toEqual([reportId]);
    expect(await find(`${tag} چراغها`)).toEqual([reportId]);
    expect(await find(`${tag} پاسخگو`)).toEqual([reportId]);
    expect(await find(`${tag} شهدا`)).toEqual([reportId]);
    expect(await find(`${tag} خاموشي`)).toEqual([]);
    expect(await find(`${tag} روشن`)).toEqual([]);
    // The same answers through the full-text index (a window too small to fill a page forces that plan).
    const viaIndex = async (q: string) =>
      (await listReviewQueue({ actor: national, filters: queueFiltersSchema.parse({ status: 'all', q }), searchWindow: 1 })).items.map((r) => r.id);
    expect(await viaIndex(`${tag} چراغها`)).toEqual([reportId]);
    expect(await viaIndex(`${tag} روشن`)).toEqual([]);
    // A word in at least three reports (made here, so the test does not lean on what other files left).
    for (const i of [1, 2])
      await submitReport({
        actor: null,
        input: reportInput({ description: `چراغ کوچه شماره ${i} ${tag} هم خاموش است و کسی پاسخ نمی‌دهد.` }),
        files: [],
        rateKey: `q-${tag}`,
      });
    const common = await listReviewQueue({ actor: national, filters: queueFiltersSchema.parse({ status: 'all', q: 'چراغ' }), limit: 3 });
    const commonViaIndex = await listReviewQueue({
      actor: national,
      filters: queueFiltersSchema.parse({ status: 'all', q: 'چراغ' }),
      limit: 3,
      searchWindow: 2,
    });
    expect(commonViaIndex.items.map((r) => r.id)).toEqual(common.items.map((r) => r.id));
    expect(common.items).toHaveLength(3);
    for (const hostile of [`'); DROP TABLE "Report"; --`, '& | ! :*', '()', '،؛', '\\', '"']) {
      await expect(find(hostile)).resolves.toBeInstanceOf(Array);
    }
    expect(await db.report.count({ where: { id: reportId } })).toBe(1);
  });

  it('finds a place typed with Arabic letters and digits typed in Persian, by either spelling (issue #11)', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const tag = uniqueSuffix();
    const { reportId } = await submitReport({
      actor: null,
      input: reportInput({ provinceId: '9', description: `گودال بزرگ جلوی پلاک ۴۵۸۲ کوچه ${tag} ماه‌هاست مانده و کسی آن را پر نمی‌کند.` }),
      files: [],
      rateKey: `q-${tag}`,
    });
    // As an older row, an import or another writer would hold it: Arabic ي/ك, not folded on the way in.
    await db.report.update({ where: { id: reportId }, data: { placeDescription: 'خيابان كارگر شمالي' } });
    for (const viaIndex of [false, true]) {
      const find = async (q: string) =>
        (
          await listReviewQueue({ actor: national, filters: queueFiltersSchema.parse({ status: 'all', q }), ...(viaIndex ? { searchWindow: 1 } : {}) })
        ).items.map((r) => r.id);
      for (const q of [`${tag} کارگر`, `${tag} كارگر`, `${tag} ۴۵۸۲`, `${tag} 4582`, `${tag} ٤٥٨٢`, `${tag} ４５８２`, `${tag} شمالی`, `${tag} \u200Eکارگر`])
        expect(await find(q), `${q} ${viaIndex ? 'via the index' : 'recent'}`).toEqual([reportId]);
      expect(await find(`${tag} 4583`)).toEqual([]);
    }
  });

  it('scopes the SQL queue exactly like the ORM scope, for every role', async () => {
    const db = await seededDb();
    const core = await createCore(db, 8);
    const member = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: 8 });
    await submitReport({ actor: member, input: reportInput(), files: [], rateKey: `s-${uniqueSuffix()}` });
    await submitReport({ actor: null, input: reportInput({ provinceId: '8' }), files: [], rateKey: `s-${uniqueSuffix()}` });
    const agency = await db.agency.findFirstOrThrow();
    const actors = [
      member,
      await createActor(db, ['CORE_HEAD'], { coreId: core.id }),
      await createActor(db, ['PROVINCE_STAFF'], { provinceId: 8 }),
      await createActor(db, ['AGENCY_LIAISON'], { agencyId: agency.id }),
      await createActor(db, ['TRAINER']),
      await createActor(db, ['PROVINCE_STAFF', 'CORE_HEAD'], { provinceId: 9, coreId: core.id }),
    ];
    for (const actor of actors) {
      const viaSql = (await listReviewQueue({ actor, filters: queueFiltersSchema.parse({ status: 'all' }), limit: 10_000 })).items.map((r) => r.id).sort();
      const viaOrm = (
        await db.report.findMany({
          where: { AND: [scopeWhere(actor, 'report'), { OR: [{ submitterId: null }, { submitterId: { not: actor.id } }] }] },
          select: { id: true },
        })
      )
        .map((r) => r.id)
        .sort();
      expect(viaSql, actor.roles.join('+')).toEqual(viaOrm);
    }
  });
});
