import { describe, expect, it } from 'vitest';
import { parseCsv } from '@/lib/testing/parse-csv';
import { csvField, csvRow, UTF8_BOM } from './csv';

describe('csvField', () => {
  it('leaves plain text, Persian included, unquoted', () => {
    expect(csvField('چراغ‌های کوچه')).toBe('چراغ‌های کوچه');
    expect(csvField('plain')).toBe('plain');
  });

  it('quotes commas, quotes, CR and LF, doubling inner quotes', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('he said "no"')).toBe('"he said ""no"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    // The Persian comma is a letter like any other; the Latin one is the separator.
    expect(csvField('تهران، نارمک')).toBe('تهران، نارمک');
    expect(csvField('تهران, نارمک')).toBe('"تهران, نارمک"');
  });

  it('writes empty for null, true/false, numbers as numbers', () => {
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(false)).toBe('false');
    expect(csvField(1405)).toBe('1405');
    expect(csvField(-3)).toBe('-3');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+98')).toBe("'+98");
    expect(csvField('-1')).toBe("'-1");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('a=b')).toBe('a=b');
  });
});

describe('csvRow', () => {
  it('ends each record with CRLF and reads back field for field', () => {
    const values = ['id-1', 'خلاصه، با ویرگول فارسی', 'with, comma', 'with "quote"', 'two\nlines', '', 'ي ك ۱۲۳'];
    const text = UTF8_BOM + csvRow(['a', 'b', 'c', 'd', 'e', 'f', 'g']) + csvRow(values);
    expect(text.endsWith('\r\n')).toBe(true);
    const [header, row] = parseCsv(text.slice(1));
    expect(header).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    expect(row).toEqual(values);
  });
});
