import { afterEach, describe, expect, it, vi } from 'vitest';
import { normalizeMobile, parseLoginIdentifier } from '@/lib/auth/identifier';
import { identitySchema, nationalCodeSchema } from '@/lib/members/application-input';
import { reportInputSchema } from '@/lib/reports/report-input';
import { normalizeTrackingCode } from '@/lib/tracking/code';
import { normalizeIdentifier, normalizeText, toLatinDigits, toPersianDigits, visibleLength } from './normalize';

// What copying from a right-to-left page, a phone keyboard or a PDF puts around and inside an identifier.
// Every identifier reads its input through normalizeIdentifier, so one table serves them all: `wrap(x)`
// must normalize exactly like `x`.
const disguises: [name: string, wrap: (s: string) => string][] = [
  ['LRM in front', (s) => `\u200E${s}`],
  ['RLM around', (s) => `\u200F${s}\u200F`],
  ['ZWSP inside', (s) => `${s.slice(0, 4)}\u200B${s.slice(4)}`],
  ['ZWNJ inside', (s) => `${s.slice(0, 4)}\u200C${s.slice(4)}`],
  ['LRE…PDF embedding', (s) => `\u202A${s}\u202C`],
  ['RLO override', (s) => `\u202E${s}\u202C`],
  ['LRI…PDI isolate', (s) => `\u2066${s}\u2069`],
  ['FSI…PDI isolate', (s) => `\u2068${s}\u2069`],
  ['Arabic letter mark', (s) => `\u061C${s}`],
  ['BOM in front', (s) => `\uFEFF${s}`],
  ['soft hyphen inside', (s) => `${s.slice(0, 4)}\u00AD${s.slice(4)}`],
  ['no-break spaces around', (s) => `\u00A0${s}\u202F`],
  ['full-width forms', (s) => s.replace(/[0-9A-Za-z]/g, (c) => String.fromCodePoint(c.codePointAt(0)! + 0xfee0))],
  ['Persian digits', toPersianDigits],
  ['Arabic-Indic digits', (s) => s.replace(/[0-9]/g, (d) => '٠١٢٣٤٥٦٧٨٩'[Number(d)]!)],
];

describe('one normalization for every identifier', () => {
  it.each(disguises)('%s: a tracking code, a mobile, a national code and a one-time code read as typed plainly', (_, wrap) => {
    expect(normalizeTrackingCode(wrap('7K2M-9QXH-4RT0-1ZBC'))).toBe('7K2M9QXH4RT01ZBC');
    expect(normalizeMobile(wrap('09121234567'))).toBe('09121234567');
    expect(nationalCodeSchema.safeParse(wrap('0499370899')).data).toBe('0499370899');
    expect(normalizeIdentifier(wrap('123456'))).toBe('123456');
  });

  it('reads every kind of dash, and the minus sign, as the dash between groups', () => {
    for (const dash of ['-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\uFE63', '\uFF0D'])
      expect(normalizeTrackingCode(`7K2M${dash}9QXH${dash}4RT0${dash}1ZBC`), `U+${dash.codePointAt(0)!.toString(16)}`).toBe('7K2M9QXH4RT01ZBC');
  });

  it('reads a mobile pasted as U+202A+98 912 123 4567U+202C (it was a 400)', () => {
    expect(normalizeMobile('\u202A+98 912 123 4567\u202C')).toBe('09121234567');
    expect(parseLoginIdentifier('\u202A+98 912 123 4567\u202C')).toEqual({ kind: 'mobile', value: '09121234567' });
    expect(parseLoginIdentifier('\u200EUser@Example.ORG\u200F')).toEqual({ kind: 'email', value: 'user@example.org' });
  });

  it('still refuses what is not an identifier once the disguise is gone', () => {
    expect(normalizeTrackingCode('\u200E7K2M-9QXH-4RT0')).toBeNull();
    expect(normalizeMobile('\u202A0812 123 4567\u202C')).toBeNull();
    expect(nationalCodeSchema.safeParse('\u200E0499370898').success).toBe(false);
  });

  it('turns digits of every script into Latin ones and back', () => {
    expect(toLatinDigits('۰۹۱۲-٣٤٥')).toBe('0912-345');
    expect(toPersianDigits('09121234567')).toBe('۰۹۱۲۱۲۳۴۵۶۷');
    expect(toPersianDigits(1405)).toBe('۱۴۰۵');
  });
});

describe('free text', () => {
  it('folds Arabic-keyboard letters and presentation forms into Persian, and drops tatweel', () => {
    expect(normalizeText('كوچه علي')).toBe('کوچه علی');
    expect(normalizeText('مـدرسه')).toBe('مدرسه');
    expect(normalizeText('\uFEEB\uFEE0\uFEEE')).toBe('هلو'); // presentation forms of ه ل و
    expect(normalizeText('ＡＢＣ１２３')).toBe('ABC123');
  });

  it('removes direction overrides and other invisible marks, but keeps the ZWNJ that Persian spelling needs', () => {
    expect(normalizeText('\u202Eخطر\u202C')).toBe('خطر');
    expect(normalizeText('می\u200Cروم')).toBe('می\u200Cروم');
    expect(normalizeText('می\u200C\u200C\u200Cروم')).toBe('می\u200Cروم');
    expect(normalizeText('\u200Cسلام\u200C دنیا')).toBe('سلام دنیا');
    expect(normalizeText('پلاک ۴۵۸۲')).toBe('پلاک ۴۵۸۲'); // digits stay as the person wrote them
    expect(normalizeText('a\u0000b\u0007c\u0085')).toBe('abc');
    expect(normalizeText('خط اول\nخط دوم')).toBe('خط اول\nخط دوم');
  });

  it('counts only what is visible', () => {
    for (const blank of ['\u3164', '\uFFA0', '\u115F', '\u2800', '\uFE0F', '\u034F', '\u17B4', '\u0301', '\u064B'])
      expect(visibleLength(blank.repeat(25)), `U+${blank.codePointAt(0)!.toString(16)}`).toBe(0);
    expect(normalizeText('\u3164\u3164سلام\u2800')).toBe('سلام');
    expect(visibleLength('\u200B'.repeat(30))).toBe(0);
    expect(visibleLength('\u200C'.repeat(30))).toBe(0);
    expect(visibleLength('می\u200Cروم')).toBe(5);
  });
});

describe('forms read through the normalization', () => {
  afterEach(() => vi.useRealTimers());
  const report = (fields: Record<string, string>) =>
    reportInputSchema.safeParse({ kind: 'REPORT', categoryId: '1', provinceId: '4', submissionToken: crypto.randomUUID(), ...fields });
  const description = 'چراغ‌های کوچه سه ماه است خاموش مانده و شب‌ها محله ناامن شده است.';

  it('refuses a description of 30 zero-width characters as too short (it passed the 20-character minimum)', () => {
    for (const invisible of ['\u200B', '\u200C', '\u200E', '\uFEFF', ' \u200C', '\u3164', '\u2800', '\u0301', '\uFE0F']) {
      const parsed = report({ description: invisible.repeat(30) });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues.map((i) => i.message)).toContain('descriptionShort');
    }
  });

  it('names every field in error at once: date and phone no longer wait for the other fields to be valid', () => {
    const parsed = report({ description: 'کوتاه', contactEmail: 'not-an-email', contactPhone: '091212345', incidentDate: '1405/13/40', wantsContact: 'on' });
    expect(Object.keys(parsed.error!.flatten().fieldErrors).sort()).toEqual(['contactEmail', 'contactPhone', 'description', 'incidentDate']);
  });

  it('counts an emoji once against the maximum (2,600 emoji are 5,200 UTF-16 units, not 5,200 characters)', () => {
    expect(report({ description: '🙂'.repeat(2600) }).success).toBe(true);
    expect(report({ description: '🙂'.repeat(5001) }).error?.issues[0]?.message).toBe('descriptionLong');
  });

  it('stores no direction override in the description or the place', () => {
    const parsed = report({ description: `\u202E${description}\u202C`, placeDescription: '\u2067خيابان كارگر\u2069' });
    expect(parsed.data?.description).toBe(description);
    expect(parsed.data?.placeDescription).toBe('خیابان کارگر');
  });

  it("accepts today's date on the report form at 00:01 and 23:59 Tehran time (it was 'in the future' until 03:30)", () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T20:31:00Z')); // 1405/09/11 00:01 Tehran
    expect(report({ description, incidentDate: '1405/09/11' }).success).toBe(true);
    expect(report({ description, incidentDate: '1405/09/12' }).error?.issues[0]?.message).toBe('incidentFuture');
    vi.setSystemTime(new Date('2026-12-02T20:29:00Z')); // 1405/09/11 23:59 Tehran
    expect(report({ description, incidentDate: '1405/09/11' }).success).toBe(true);
    expect(report({ description, incidentDate: '1405/09/12' }).success).toBe(false);
  });

  it('refuses a birth date one day before the Jalali 18th birthday (1387/09/09 was accepted on 1405/09/08)', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const identity = (birthDate: string) =>
      identitySchema.safeParse({ firstName: 'سارا', lastName: 'احمدی', fatherName: 'محمد', nationalCode: '0499370899', birthDate, gender: 'FEMALE' });
    vi.setSystemTime(new Date('2026-11-29T20:29:00Z')); // 1405/09/08 23:59 Tehran
    expect(identity('1387/09/09').error?.issues[0]?.message).toBe('underAge');
    vi.setSystemTime(new Date('2026-11-29T20:31:00Z')); // 1405/09/09 00:01 Tehran
    expect(identity('1387/09/09').success).toBe(true);
  });
});
