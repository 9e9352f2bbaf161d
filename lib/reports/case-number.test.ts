import { describe, expect, it } from 'vitest';
import { caseNumberPrefix, formatCaseNumber, parseCaseNumber } from './case-number';

describe('case numbers', () => {
  it('are the Jalali year in Tehran, the province code and a sequence of at least five digits', () => {
    // 20 March 2026 23:59 Tehran is still Esfand 1404; 00:01 on 21 March is Farvardin 1405.
    expect(caseNumberPrefix('23', new Date('2026-03-20T20:29:00Z'))).toBe('1404-23-');
    expect(caseNumberPrefix('23', new Date('2026-03-20T20:31:00Z'))).toBe('1405-23-');
    expect(formatCaseNumber('1405-23-', 42)).toBe('1405-23-00042');
    // Tehran receives more than 99,999 a year: the number grows, it is never cut.
    expect(formatCaseNumber('1405-23-', 156_012)).toBe('1405-23-156012');
  });

  it('are read as people type them: any digits, any separator, with or without leading zeros', () => {
    for (const typed of [
      '1405-23-00042',
      '۱۴۰۵-۲۳-۰۰۰۴۲',
      '۱۴۰۵/۲۳/۴۲',
      '1405 23 42',
      ' 1405–23–42 ',
      '٫1405-23-42'.slice(1),
      '14052300042',
      '\u200f۱۴۰۵-۲۳-۴۲',
    ])
      expect(parseCaseNumber(typed), typed).toBe('1405-23-00042');
    expect(parseCaseNumber('1405-23-156012')).toBe('1405-23-156012');
    for (const other of ['23-1405-00042x', 'ABCD-EFGH-JKMN-PQRS', 'آب', '', '1405-2-42']) expect(parseCaseNumber(other), other).toBeNull();
  });
});
