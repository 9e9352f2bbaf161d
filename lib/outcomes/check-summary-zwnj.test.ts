// Found by the break-it review of issue #16: the personal-data check misses a reporter's name written with an invisible
// ZWNJ. After «ا» (a letter that never joins the next one) a ZWNJ draws nothing: «رضا‌یی» looks exactly like
// «رضایی» on the outcome page, in the CSV and in a spreadsheet, yet the check splits it into «رضا» and «یی».
import { describe, expect, it } from 'vitest';
import { checkSummary } from './check-summary';
import { checkPublicSummary } from './public-summary';

describe('h16x review: the summary check and ZWNJ inside a name', () => {
  it('warns about the reporter’s surname written with an invisible ZWNJ after a non-joining letter', () => {
    const text = 'گزارش آقای رضا\u200Cیی درباره چاله خیابان بررسی شد و شهرداری آن را پر کرد.';
    expect(checkSummary(text, ['علی رضایی']).map((w) => w.kind)).toContain('name');
  });

  it('the stored (normalized) summary still carries the name invisibly, so publishing needs no extra tick', () => {
    const check = checkPublicSummary(
      { publicOutcome: 'گزارش آقای رضا\u200Cیی درباره چاله خیابان بررسی شد و شهرداری آن را پر کرد.', publicAnswer: 'شهرداری چاله را پر کرد و مسیر باز شد.' },
      ['علی رضایی'],
    );
    expect(check.publicOutcome.replace(/\u200C/g, '')).toContain('رضایی');
    expect(check.warnings.length).toBeGreaterThan(0);
  });
});
