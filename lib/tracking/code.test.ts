import { describe, expect, it } from 'vitest';
import { formatTrackingCode, generateTrackingCode, hashTrackingCode, normalizeTrackingCode } from './code';

describe('tracking codes', () => {
  it('are 16 Crockford base32 characters in four groups', () => {
    for (let i = 0; i < 200; i++) expect(generateTrackingCode()).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$/);
  });

  it('do not repeat (80 random bits)', () => {
    const codes = new Set(Array.from({ length: 20_000 }, generateTrackingCode));
    expect(codes.size).toBe(20_000);
  });

  it('use every symbol of the alphabet roughly evenly', () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 4_000; i++) for (const c of generateTrackingCode().replace(/-/g, '')) counts.set(c, (counts.get(c) ?? 0) + 1);
    expect(counts.size).toBe(32);
    const expected = (4_000 * 16) / 32;
    for (const n of counts.values()) expect(Math.abs(n - expected) / expected).toBeLessThan(0.15);
  });

  it('accept forgiving input: case, dashes, spaces, Persian and Arabic digits, look-alike letters', () => {
    const code = '7K2M-9QXH-4RT0-1ZBC';
    const canonical = '7K2M9QXH4RT01ZBC';
    expect(normalizeTrackingCode(code)).toBe(canonical);
    expect(normalizeTrackingCode(' 7k2m 9qxh 4rt0 1zbc ')).toBe(canonical);
    expect(normalizeTrackingCode('۷K2M-9QXH-۴RT۰-۱ZBC')).toBe(canonical);
    expect(normalizeTrackingCode('٧K2M9QXH4RTO1ZBC')).toBe(canonical);
    expect(normalizeTrackingCode('7K2M-9QXH-4RT0-LZBC')).toBe(canonical);
    expect(formatTrackingCode(canonical)).toBe(code);
  });

  it('reject anything that cannot be a code', () => {
    for (const bad of ['', '7K2M-9QXH-4RT0', '7K2M-9QXH-4RT0-1ZBCX', '7K2M-9QXH-4RT0-1ZBU', 'سلام']) expect(normalizeTrackingCode(bad)).toBeNull();
  });

  it('hash under a key: the same code and key give the same hash, another key another hash', () => {
    const a = hashTrackingCode('7K2M9QXH4RT01ZBC', 'key-one');
    expect(a).toBe(hashTrackingCode('7K2M9QXH4RT01ZBC', 'key-one'));
    expect(a).not.toBe(hashTrackingCode('7K2M9QXH4RT01ZBC', 'key-two'));
    expect(a).not.toContain('7K2M');
  });
});
