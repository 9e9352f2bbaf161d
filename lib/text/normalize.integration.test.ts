import { describe, expect, it } from 'vitest';
import { seededDb } from '@/lib/testing/db';

// The database's search folding (migration search_fold) against one table: every spelling on the left
// must give the same search words as the plain text on the right, in the index and in the query.
const table: [typed: string, plain: string][] = [
  ['خيابان كارگر', 'خیابان کارگر'],
  ['پلاک ۴۵۸۲', 'پلاک 4582'],
  ['پلاک ٤٥٨٢', 'پلاک 4582'],
  ['پلاک ４５８２', 'پلاک 4582'],
  ['می\u200Cروم', 'میروم'],
  ['\u202Eخطر\u202C', 'خطر'],
  ['\u200Eکد\u200F', 'کد'],
  ['\uFEEB\uFEE0\uFEEE', 'هلو'],
  ['مسئول', 'مسیول'],
  ['مسؤول', 'مسوول'],
  ['آب', 'اب'],
  ['إسلام أحمد', 'اسلام احمد'],
  ['خانۀ', 'خانه'],
  ['مَدرسه', 'مدرسه'],
  ['مـدرسه', 'مدرسه'],
  ['ＡＢＣ', 'abc'],
  ['چراغ‌ها', 'چراغ'],
];

describe('search folding in the database', () => {
  it.each(table)('%s is searched as %s', async (typed, plain) => {
    const db = await seededDb();
    const [row] = await db.$queryRaw<{ typed: string[]; plain: string[] }[]>`
      SELECT sajam_search_lexemes(${typed}) AS typed, sajam_search_lexemes(${plain}) AS plain`;
    expect(row!.typed).toEqual(row!.plain);
    expect(row!.typed.length).toBeGreaterThan(0);
  });
});
