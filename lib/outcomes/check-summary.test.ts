import { describe, expect, it } from 'vitest';
import { toPersianDigits } from '@/lib/text/normalize';
import { checkSummary, type SummaryWarning } from './check-summary';

const arabicDigits = (s: string) => s.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!);
const kinds = (w: SummaryWarning[]) => w.map((x) => x.kind);

describe('the personal-data check of a public summary', () => {
  it.each([
    ['plain', 'با شماره 09121234567 تماس گرفت.', '09121234567'],
    ['Persian digits', 'شماره ۰۹۱۲۱۲۳۴۵۶۷ را داد.', '۰۹۱۲۱۲۳۴۵۶۷'],
    ['Arabic-Indic digits', `شماره ${arabicDigits('09121234567')} را داد.`, arabicDigits('09121234567')],
    ['spaced', 'تماس: ۰۹۱۲ ۱۲۳ ۴۵۶۷ لطفاً', '۰۹۱۲ ۱۲۳ ۴۵۶۷'],
    ['dashed', 'تماس: 0912-123-4567', '0912-123-4567'],
    ['dotted', 'تماس 0912.123.4567 بود', '0912.123.4567'],
    ['+98', 'تماس با +98 912 123 4567 گرفته شد', '+98 912 123 4567'],
    ['0098', 'تماس با ۰۰۹۸۹۱۲۱۲۳۴۵۶۷', '۰۰۹۸۹۱۲۱۲۳۴۵۶۷'],
    ['without the 0', 'شماره ۹۱۲ ۱۲۳ ۴۵۶۷', '۹۱۲ ۱۲۳ ۴۵۶۷'],
    ['in brackets', 'شماره (0912) 123 4567 است', '0912) 123 4567'],
    ['with a ZWNJ and an LRM inside', 'شماره \u200E۰۹۱۲\u200C۱۲۳۴۵۶۷ است', '۰۹۱۲\u200C۱۲۳۴۵۶۷'],
    ['with an en dash and Persian digits', 'شماره ۰۹۱۲–۱۲۳–۴۵۶۷', '۰۹۱۲–۱۲۳–۴۵۶۷'],
  ])('finds a mobile written %s', (_, text, excerpt) => {
    expect(checkSummary(text)).toEqual([{ kind: 'mobile', excerpt }]);
  });

  it('finds two numbers side by side as two, and a landline', () => {
    expect(checkSummary('شماره‌ها: ۰۹۱۲۱۲۳۴۵۶۷ ۰۰۸۴۵۷۵۹۴۸')).toEqual([
      { kind: 'mobile', excerpt: '۰۹۱۲۱۲۳۴۵۶۷' },
      { kind: 'nationalCode', excerpt: '۰۰۸۴۵۷۵۹۴۸', validChecksum: true },
    ]);
    expect(kinds(checkSummary('تلفن ثابت ۰۲۱ ۸۸۸۸ ۷۷۷۷'))).toEqual(['phone']);
  });

  it('flags every run of ten digits, and says whether it is a real national code', () => {
    expect(checkSummary('کد ملی 0084575948')).toEqual([{ kind: 'nationalCode', excerpt: '0084575948', validChecksum: true }]);
    expect(checkSummary(`کد ملی ${toPersianDigits('008-457594-8')}`)).toEqual([
      { kind: 'nationalCode', excerpt: toPersianDigits('008-457594-8'), validChecksum: true },
    ]);
    expect(checkSummary('شماره پرونده 1234567890')).toEqual([{ kind: 'nationalCode', excerpt: '1234567890', validChecksum: false }]);
  });

  it.each([
    ['a year', 'در سال ۱۴۰۳ گزارش شد.'],
    ['a Jalali date', 'در تاریخ ۱۴۰۳/۰۵/۱۲ بازدید شد.'],
    ['two years', 'از ۱۴۰۲ تا ۱۴۰۳'],
    ['an amount with separators', 'جریمه ۱۲٬۵۰۰٬۰۰۰ ریال و 3,000,000 تومان بود.'],
    ['a count and a percentage', '۲۵ خانوار و ۳۰ درصد محله'],
    ['a short hotline', 'سامانه ۱۳۷ شهرداری پاسخ داد.'],
    ['a decimal', '۳٫۵ کیلومتر از جاده'],
    ['nine digits', 'کد 123456789'],
  ])('stays quiet on %s', (_, text) => {
    expect(checkSummary(text)).toEqual([]);
  });

  it('finds e-mail addresses, also written around', () => {
    expect(checkSummary('نشانی ali.rezaei@example.com را داد')).toEqual([{ kind: 'email', excerpt: 'ali.rezaei@example.com' }]);
    expect(kinds(checkSummary('نشانی ali [at] example [dot] com'))).toEqual(['email']);
    expect(kinds(checkSummary('نشانی ＡＬＩ＠ｅｘａｍｐｌｅ．ｃｏｍ'))).toEqual(['email']);
    expect(checkSummary('ساعت ۱۰ @ دفتر')).toEqual([]);
  });

  it('finds a name from the contact fields, spelled with either keyboard, with diacritics, inside ZWNJ compounds', () => {
    const names = ['آقای علی رضایی'];
    expect(checkSummary('گزارش رضایی بررسی شد.', names)).toEqual([{ kind: 'name', excerpt: 'رضایی' }]);
    expect(checkSummary('گزارش رضايي بررسی شد.', names)).toEqual([{ kind: 'name', excerpt: 'رضايي' }]);
    expect(checkSummary('گزارش رِضایی بررسی شد.', names)).toEqual([{ kind: 'name', excerpt: 'رِضایی' }]);
    expect(checkSummary('خانواده آقای‌رضایی شکایت کردند.', names)).toEqual([{ kind: 'name', excerpt: 'رضایی' }]);
    expect(checkSummary('رضایی‌ها و رضاییها', names)).toEqual([
      { kind: 'name', excerpt: 'رضایی' },
      { kind: 'name', excerpt: 'رضاییها' },
    ]);
    // A name written with Arabic letters on the form is found spelled the Persian way, and the other way round.
    expect(kinds(checkSummary('همسایه کاظمی گفت', ['كاظمي']))).toEqual(['name']);
    expect(kinds(checkSummary('Mr Rezaei called', ['ali rezaei']))).toEqual(['name']);
  });

  it('does not take a title, a short word or a part of a longer word for a name', () => {
    const names = ['آقای علی رضایی'];
    // «آقای» is a title; «علی» is a name word of three letters, but «فعلی» and «علیرضا» are other words.
    expect(checkSummary('وضعیت فعلی آقای مسئول و علیرضا بررسی شد.', names)).toEqual([]);
    expect(kinds(checkSummary('علی گفت', names))).toEqual(['name']);
    expect(checkSummary('او گفت', ['او'])).toEqual([]);
    expect(checkSummary('هیچ نامی نیست', [null, undefined, ''])).toEqual([]);
  });

  it('reports each kind once per place, all of them together', () => {
    const text = 'آقای رضایی (۰۹۱۲۱۲۳۴۵۶۷، ali@example.com، کد ملی ۰۰۸۴۵۷۵۹۴۸) در ۱۴۰۳ گزارش داد.';
    expect(kinds(checkSummary(text, ['علی رضایی']))).toEqual(['mobile', 'nationalCode', 'email', 'name']);
  });
});
