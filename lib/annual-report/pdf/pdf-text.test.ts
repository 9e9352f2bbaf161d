import { describe, expect, test } from 'vitest';
import { ltr, pdfCode, pdfNumber, pdfPercent, pdfText } from './pdf-text';

const LRM = '\u200E';

describe('pdfText', () => {
  test('removes the bidi isolates U+2066–U+2069 and direction overrides, keeps ZWNJ', () => {
    expect(pdfText('\u2067سلام\u2069 \u202Eدنیا\u202C نیم\u200Cفاصله')).toBe('سلام دنیا نیم\u200Cفاصله');
  });

  test('wraps numbers, codes, dates and percents inside running text in LRM marks', () => {
    expect(pdfText('پرونده 1405-23-00042 در 1404/07/12 با ۴۲٫۵٪')).toBe(`پرونده ${LRM}1405-23-00042${LRM} در ${LRM}1404/07/12${LRM} با ${LRM}۴۲٫۵٪${LRM}`);
  });

  test('keeps the marks `ltr` placed, folds Arabic-keyboard letters', () => {
    expect(pdfText(`كد ${ltr('SHA')}`)).toBe(`کد ${LRM}SHA${LRM}`);
  });
});

describe('number formats', () => {
  test('Persian digits, grouping and percent sign, LTR-marked', () => {
    expect(pdfNumber(12345, 'fa')).toBe(`${LRM}۱۲٬۳۴۵${LRM}`);
    expect(pdfPercent(42.5, 'fa')).toBe(`${LRM}۴۲٫۵٪${LRM}`);
    expect(pdfPercent(42.5, 'en')).toBe(`${LRM}42.5%${LRM}`);
    expect(pdfCode('1404/07/12', 'fa')).toBe(`${LRM}۱۴۰۴/۰۷/۱۲${LRM}`);
  });
});
