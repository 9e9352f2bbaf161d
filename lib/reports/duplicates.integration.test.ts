import { describe, expect, it } from 'vitest';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, expectViewer, reportInput } from '@/lib/testing/reports';
import { transitionReport } from '@/lib/workflow/transition-report';
import { transitionsFrom } from '@/lib/workflow/transitions';
import { getReportForReview } from './get-report-for-review';
import { submitReport } from './submit-report';
import { trackReport } from './track-report';
import { withdrawReport } from './withdraw-report';
import { linkToOriginal } from '@/lib/workflow/duplicate-links';

const rateKey = () => `dup-${uniqueSuffix()}`;
const persian = (s: string) => s.replace(/\d/g, (d) => '۰۱۲۳۴۵۶۷۸۹'[Number(d)]!);

describe('similar reports and duplicates', () => {
  it('lists reports of the same category and county with shared words, in scope; a duplicate is linked by case number and closed', async () => {
    const db = await seededDb();
    const province = 20;
    const [county, otherCounty] = await db.county.findMany({ where: { provinceId: province }, take: 2, orderBy: { id: 'asc' } });
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: province });
    const elsewhere = await createActor(db, ['PROVINCE_STAFF'], { provinceId: province + 1 });
    const tag = `زباله${uniqueSuffix()}`;
    const send = async (text: string, countyId = county!.id, categoryId = '1') =>
      (
        await submitReport({
          actor: null,
          input: reportInput({ provinceId: String(province), countyId: String(countyId), categoryId, description: `${text} ${tag}` }),
          files: [],
          rateKey: rateKey(),
        })
      ).reportId;
    const original = await send('انباشت زباله کنار پارک محله هفته‌هاست جمع نشده و بوی بد می‌دهد');
    const repeat = await send('زباله‌های کنار پارک محله جمع نمی‌شود و بو می‌دهد، لطفاً رسیدگی کنید');
    const otherPlace = await send('انباشت زباله کنار پارک محله هفته‌هاست جمع نشده', otherCounty!.id);
    const otherCategory = await send('انباشت زباله کنار پارک محله هفته‌هاست جمع نشده', county!.id, '2');

    const page = expectViewer(await getReportForReview({ actor: staff, reportId: repeat }), 'reviewer');
    const similar = page.similar.map((r) => r.id);
    expect(similar).toContain(original);
    expect(similar).not.toContain(repeat);
    expect(similar).not.toContain(otherPlace);
    expect(similar).not.toContain(otherCategory);
    expect(page.actions.map((a) => a.action)).toContain('markDuplicate');

    const { caseNumber } = await db.report.findUniqueOrThrow({ where: { id: original }, select: { caseNumber: true } });
    const [year, code, seq] = caseNumber!.split('-');
    // A wrong number, this report's own, and a case out of the reviewer's scope are all "no such case".
    const own = (await db.report.findUniqueOrThrow({ where: { id: repeat }, select: { caseNumber: true } })).caseNumber!;
    for (const typed of ['1405-99-00001', own])
      await expect(
        transitionReport({ actor: staff, reportId: repeat, action: 'markDuplicate', version: 1, duplicateOf: typed, confirmed: true }),
      ).rejects.toMatchObject({
        fieldErrors: { duplicateOf: ['duplicateOfUnknown'] },
      });
    await expect(getReportForReview({ actor: elsewhere, reportId: repeat })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    // Without the tick it is refused; with it, closed and linked.
    await expect(
      transitionReport({ actor: staff, reportId: repeat, action: 'markDuplicate', version: 1, duplicateOf: persian(`${year}/${code}/${Number(seq)}`) }),
    ).rejects.toMatchObject({ fieldErrors: { confirmed: ['confirmRequired'] } });
    await transitionReport({
      actor: staff,
      reportId: repeat,
      action: 'markDuplicate',
      version: 1,
      duplicateOf: persian(`${year}/${code}/${Number(seq)}`),
      confirmed: true,
    });
    const closed = await db.report.findUniqueOrThrow({ where: { id: repeat } });
    expect(closed).toMatchObject({ status: 'CLOSED', duplicateOfId: original });
    expect(await db.approval.count({ where: { reportId: repeat, decision: 'MARK_DUPLICATE' } })).toBe(1);

    // The reviewer pages name each other; the original no longer lists the closed duplicate as similar.
    const originalPage = expectViewer(await getReportForReview({ actor: staff, reportId: original }), 'reviewer');
    expect(originalPage.duplicates.map((d) => d.id)).toEqual([repeat]);
    expect(originalPage.similar.map((r) => r.id)).not.toContain(repeat);
    expect(expectViewer(await getReportForReview({ actor: staff, reportId: repeat }), 'reviewer').duplicateOf).toEqual({ id: original, caseNumber });
    // Nothing of its own to publish: the national office is not offered publish on it.
    expect(transitionsFrom('CLOSED', ['NATIONAL_OFFICE'], closed).map((t) => t.action)).toEqual([]);
    expect(transitionsFrom('CLOSED', ['NATIONAL_OFFICE'], { ...closed, duplicateOfId: null }).map((t) => t.action)).toEqual(['publish']);

    // A duplicate of a duplicate points to the first original: links never chain.
    const third = await send('باز هم زباله کنار پارک محله جمع نشده است');
    const repeatCase = closed.caseNumber!;
    await transitionReport({ actor: staff, reportId: third, action: 'markDuplicate', version: 1, duplicateOf: repeatCase, confirmed: true });
    expect((await db.report.findUniqueOrThrow({ where: { id: third } })).duplicateOfId).toBe(original);
  });

  it('tells the reporter of a duplicate the state of the original, and nothing else of it', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 19 });
    const first = await submitReport({
      actor: null,
      input: reportInput({ provinceId: '19', description: 'پل عابر پیاده خیابان اصلی شکسته است و خطرناک است.' }),
      files: [],
      rateKey: rateKey(),
    });
    const second = await submitReport({
      actor: null,
      input: reportInput({ provinceId: '19', description: 'پل عابر خیابان اصلی شکسته و خطر دارد.' }),
      files: [],
      rateKey: rateKey(),
    });
    const { caseNumber } = await db.report.findUniqueOrThrow({ where: { id: first.reportId }, select: { caseNumber: true } });
    await transitionReport({ actor: staff, reportId: first.reportId, action: 'approve', version: 1 });
    await transitionReport({ actor: staff, reportId: second.reportId, action: 'markDuplicate', version: 1, duplicateOf: caseNumber!, confirmed: true });
    const seen = await trackReport({ code: second.trackingCode, rateKey: rateKey() });
    expect(seen.status).toBe('CLOSED');
    expect(seen.duplicateOf).toEqual({ status: 'NATIONAL_REVIEW' });
    expect(JSON.stringify(seen)).not.toContain('پل عابر پیاده خیابان اصلی شکسته است');
    expect(JSON.stringify(seen)).not.toContain(caseNumber!);
  });

  // Red-team of issue #13: links must end at an open original, never at the report itself, never chain.
  describe('links end at an original that can be one', () => {
    const province = 18;
    const setUp = async () => {
      const db = await seededDb();
      const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: province });
      const send = async (text = 'لوله آب خیابان اصلی ترکیده و آب هدر می‌رود.') => {
        const { reportId, trackingCode } = await submitReport({
          actor: null,
          input: reportInput({ provinceId: String(province), description: text }),
          files: [],
          rateKey: rateKey(),
        });
        const { caseNumber } = await db.report.findUniqueOrThrow({ where: { id: reportId }, select: { caseNumber: true } });
        return { id: reportId, code: trackingCode, caseNumber: caseNumber! };
      };
      const version = async (id: string) => (await db.report.findUniqueOrThrow({ where: { id }, select: { version: true } })).version;
      const markDuplicate = async (report: { id: string }, of: { caseNumber: string }) =>
        transitionReport({
          actor: staff,
          reportId: report.id,
          action: 'markDuplicate',
          version: await version(report.id),
          duplicateOf: of.caseNumber,
          confirmed: true,
        });
      const row = (id: string) => db.report.findUniqueOrThrow({ where: { id }, select: { status: true, duplicateOfId: true } });
      return { db, staff, send, markDuplicate, row, version };
    };

    it('refuses the link back that would close a report as a duplicate of itself (A→B, then B→A)', async () => {
      const { send, markDuplicate, row } = await setUp();
      const a = await send();
      const b = await send();
      await markDuplicate(a, b);
      await expect(markDuplicate(b, a)).rejects.toMatchObject({ fieldErrors: { duplicateOf: ['duplicateOfUnknown'] } });
      expect(await row(b.id)).toEqual({ status: 'PROVINCE_REVIEW', duplicateOfId: null });
      expect(await row(a.id)).toEqual({ status: 'CLOSED', duplicateOfId: b.id });
      // A check made before the other link committed is made again under lock, in the closing move.
      expect(await (await seededDb()).$transaction((tx) => linkToOriginal(tx, b.id, a.id))).toBe('unknown');
    });

    it('lets only one of two reviewers linking A→B and B→A at the same instant win', async () => {
      const { send, markDuplicate, row } = await setUp();
      const a = await send();
      const b = await send();
      const results = await Promise.allSettled([markDuplicate(a, b), markDuplicate(b, a)]);
      expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
      const rows = [await row(a.id), await row(b.id)];
      expect(rows.filter((r) => r.duplicateOfId !== null)).toHaveLength(1);
      expect(rows.filter((r) => r.status === 'CLOSED')).toHaveLength(1);
    });

    it('moves the repeats of a report that is itself closed as a duplicate to the new original: 6→9, then 9→2 leaves 6→2', async () => {
      const { send, markDuplicate, row } = await setUp();
      const two = await send();
      const six = await send();
      const nine = await send();
      await markDuplicate(six, nine);
      await markDuplicate(nine, two);
      expect(await row(six.id)).toEqual({ status: 'CLOSED', duplicateOfId: two.id });
      expect(await row(nine.id)).toEqual({ status: 'CLOSED', duplicateOfId: two.id });
      // Naming a repeat still gives its original.
      const ten = await send();
      await markDuplicate(ten, six);
      expect((await row(ten.id)).duplicateOfId).toBe(two.id);
    });

    it('refuses a withdrawn or rejected original, and never suggests one', async () => {
      const { db, staff, send, markDuplicate, row, version } = await setUp();
      const tag = `نشت${uniqueSuffix()}`;
      const withdrawn = await send(`لوله آب ${tag} ترکیده و آب کوچه را گرفته است.`);
      const rejected = await send(`لوله آب ${tag} ترکیده و آب کوچه را گرفته است.`);
      const open = await send(`لوله آب ${tag} ترکیده و آب کوچه را گرفته است.`);
      const closedOutcome = await send(`لوله آب ${tag} ترکیده و آب کوچه را گرفته است.`);
      const repeat = await send(`لوله آب ${tag} ترکیده است و آب کوچه را گرفته.`);
      await withdrawReport({ code: withdrawn.code, reason: 'مشکل حل شد.', rateKey: rateKey() });
      await transitionReport({
        actor: staff,
        reportId: rejected.id,
        action: 'reject',
        version: await version(rejected.id),
        publicNote: 'نامفهوم',
        confirmed: true,
      });
      // A case that ended with an outcome of the matter may be followed.
      await db.report.update({ where: { id: closedOutcome.id }, data: { status: 'CLOSED', resolution: 'RESOLVED' } });

      const similar = expectViewer(await getReportForReview({ actor: staff, reportId: repeat.id }), 'reviewer').similar.map((r) => r.id);
      expect(similar).toContain(open.id);
      expect(similar).toContain(closedOutcome.id);
      expect(similar).not.toContain(withdrawn.id);
      expect(similar).not.toContain(rejected.id);

      for (const ended of [withdrawn, rejected])
        await expect(markDuplicate(repeat, ended)).rejects.toMatchObject({ fieldErrors: { duplicateOf: ['duplicateOfEnded'] } });
      expect(await row(repeat.id)).toEqual({ status: 'PROVINCE_REVIEW', duplicateOfId: null });
      await markDuplicate(repeat, closedOutcome);
      expect((await row(repeat.id)).duplicateOfId).toBe(closedOutcome.id);
    });

    it("tells a repeat's reporter only that the case closed without an outcome when the original is later withdrawn", async () => {
      const { send, markDuplicate } = await setUp();
      const original = await send();
      const repeat = await send();
      await markDuplicate(repeat, original);
      expect((await trackReport({ code: repeat.code, rateKey: rateKey() })).duplicateOf).toEqual({ status: 'PROVINCE_REVIEW' });
      await withdrawReport({ code: original.code, reason: 'دیگر لازم نیست.', rateKey: rateKey() });
      const seen = await trackReport({ code: repeat.code, rateKey: rateKey() });
      expect(seen.duplicateOf).toEqual({ status: null });
      expect(JSON.stringify(seen)).not.toContain('WITHDRAWN');
    });
  });
});
