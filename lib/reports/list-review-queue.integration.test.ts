import { describe, expect, it } from 'vitest';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, reportInput } from '@/lib/testing/reports';
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
      const input = reportInput({ provinceId: String(PROVINCE), categoryId: i < 2 ? '5' : '6', description: `شرح آزمایشی شماره ${i} ${i === 3 ? marker : ''} برای صف استان` });
      ids.push((await submitReport({ actor: null, input, files: [], rateKey: `queue-${uniqueSuffix()}` })).reportId);
    }
    const all = async (filters: Record<string, string>) => {
      const seen: string[] = [];
      let after: string | undefined;
      do {
        const page = await listReviewQueue(staff, queueFiltersSchema.parse({ ...filters, after }), { limit: 3 });
        seen.push(...page.items.map((r) => r.id));
        after = page.nextCursor ?? undefined;
      } while (after);
      return seen;
    };

    const everything = await all({});
    expect(everything.filter((id) => ids.includes(id))).toEqual([...ids].reverse());
    expect(new Set(everything).size).toBe(everything.length);

    expect(await all({ q: marker.replace('ی', 'ي') })).toEqual([ids[3]]);
    expect((await all({ categoryId: '5' })).filter((id) => ids.includes(id)).sort()).toEqual([ids[0], ids[1]].sort());

    await db.report.update({ where: { id: ids[6] }, data: { stageDeadlineAt: new Date(Date.now() - 60_000) } });
    const overdue = await listReviewQueue(staff, queueFiltersSchema.parse({ overdue: 'on' }));
    expect(overdue.items.map((r) => r.id)).toContain(ids[6]);
    expect(overdue.items.find((r) => r.id === ids[6])?.overdue).toBe(true);
    expect(overdue.items.map((r) => r.id)).not.toContain(ids[5]);

    const other = await createActor(db, ['PROVINCE_STAFF'], { provinceId: PROVINCE + 1 });
    expect((await listReviewQueue(other, queueFiltersSchema.parse({ status: 'all' }))).items.map((r) => r.id)).not.toContain(ids[0]);
  });
});
