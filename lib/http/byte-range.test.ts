import { describe, expect, it } from 'vitest';
import { parseByteRange, rangedResponse } from './byte-range';

describe('parseByteRange', () => {
  const size = 1000;
  it.each([
    [null, { kind: 'full' }],
    ['bytes=0-99', { kind: 'partial', span: { start: 0, end: 99 } }],
    ['bytes=500-', { kind: 'partial', span: { start: 500, end: 999 } }],
    ['bytes=-100', { kind: 'partial', span: { start: 900, end: 999 } }],
    ['bytes=-5000', { kind: 'partial', span: { start: 0, end: 999 } }],
    ['bytes=900-5000', { kind: 'partial', span: { start: 900, end: 999 } }],
    ['bytes=999-999', { kind: 'partial', span: { start: 999, end: 999 } }],
    ['BYTES=1-2', { kind: 'partial', span: { start: 1, end: 2 } }],
    ['bytes=1000-', { kind: 'unsatisfiable' }],
    ['bytes=5000-6000', { kind: 'unsatisfiable' }],
    ['bytes=-0', { kind: 'unsatisfiable' }],
    ['bytes=0-1,5-6', { kind: 'full' }],
    ['bytes=9-3', { kind: 'full' }],
    ['items=0-9', { kind: 'full' }],
    ['bytes=-', { kind: 'full' }],
    ['bytes=abc', { kind: 'full' }],
  ] as const)('%s', (header, expected) => {
    expect(parseByteRange(header, size)).toEqual(expected);
  });

  it('answers whole when If-Range names another version, in range when it names this one', () => {
    expect(parseByteRange('bytes=0-9', size, { header: '"old"', etag: '"new"' })).toEqual({ kind: 'full' });
    expect(parseByteRange('bytes=0-9', size, { header: 'Wed, 21 Oct 2015 07:28:00 GMT', etag: '"new"' })).toEqual({ kind: 'full' });
    expect(parseByteRange('bytes=0-9', size, { header: '"new"', etag: '"new"' })).toMatchObject({ kind: 'partial' });
  });

  it('has nothing to give of an empty object', () => {
    expect(parseByteRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseByteRange('bytes=-1', 0)).toEqual({ kind: 'unsatisfiable' });
  });
});

describe('rangedResponse', () => {
  const bytes = new TextEncoder().encode('0123456789');
  const body = {
    size: bytes.byteLength,
    etag: '"abc"',
    headers: { 'Content-Type': 'video/mp4' },
    open: async (span?: { start: number; end: number }) => new Response(span ? bytes.slice(span.start, span.end + 1) : bytes).body!,
  };
  const get = (headers: Record<string, string> = {}) => rangedResponse(new Request('http://x/f', { headers }), body);

  it('sends the whole object, then one range, then refuses one past the end', async () => {
    const full = await get();
    expect(full.status).toBe(200);
    expect(Object.fromEntries(full.headers)).toMatchObject({ 'accept-ranges': 'bytes', etag: '"abc"', 'content-length': '10', 'content-type': 'video/mp4' });
    expect(await full.text()).toBe('0123456789');

    const part = await get({ range: 'bytes=2-4' });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe('bytes 2-4/10');
    expect(part.headers.get('content-length')).toBe('3');
    expect(await part.text()).toBe('234');

    const past = await get({ range: 'bytes=10-' });
    expect(past.status).toBe(416);
    expect(past.headers.get('content-range')).toBe('bytes */10');
    expect(await past.text()).toBe('');
  });

  it('answers 304 to a client holding this version', async () => {
    expect((await get({ 'if-none-match': '"zzz", "abc"' })).status).toBe(304);
    expect((await get({ 'if-none-match': '"zzz"' })).status).toBe(200);
  });
});
