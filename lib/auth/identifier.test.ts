import { describe, expect, it } from 'vitest';
import { normalizeMobile, parseLoginIdentifier } from './identifier';

describe('normalizeMobile', () => {
  it.each(['09121234567', '+989121234567', '00989121234567', '989121234567', '9121234567', '۰۹۱۲ ۱۲۳ ۴۵۶۷', '٠٩١٢١٢٣٤٥٦٧', '0912-123-4567'])(
    'normalizes %s',
    (input) => expect(normalizeMobile(input)).toBe('09121234567'),
  );

  it.each(['0212345678', '091212345', '+19121234567', 'abc', ''])('rejects %s', (input) => expect(normalizeMobile(input)).toBeNull());
});

describe('parseLoginIdentifier', () => {
  it('lower-cases emails and recognises mobiles', () => {
    expect(parseLoginIdentifier(' Admin@Sajam.TEST ')).toEqual({ kind: 'email', value: 'admin@sajam.test' });
    expect(parseLoginIdentifier('+98 912 000 0001')).toEqual({ kind: 'mobile', value: '09120000001' });
    expect(parseLoginIdentifier('not-an-id')).toBeNull();
    expect(parseLoginIdentifier('a@b')).toBeNull();
  });
});
