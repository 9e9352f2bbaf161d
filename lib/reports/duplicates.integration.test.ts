import { describe, expect, it } from 'vitest';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, expectViewer, reportInput } from '@/lib/testing/reports';
import { transitionReport } from '@/lib/workflow/transition-report';
import { transitionsFrom } from '@/lib/workflow/transitions';
import { getReportForReview } from './get-report-for-review';
import { submitReport } from './submit-report';
import { trackReport } from './track-report';

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
});
