import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger, describeError, logUnexpected } from './logger';

function capture() {
  const lines: string[] = [];
  const stream = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
  return { lines, logger: createLogger(stream) };
}

const MARKERS = ['09121234567', '0084575948', 'خیابان کارگر پلاک ۴۵', 'reporter@example.org', 'secret-password-1405'];

describe('logger', () => {
  it('logs an unexpected error by id, class and frames, never by its message', () => {
    const { lines, logger } = capture();
    const error = new Error(`insert failed for ${MARKERS.join(' / ')}`);
    const id = logUnexpected(error, 'test', logger);
    expect(id).toMatch(/^[0-9a-f]{8}$/);
    const line = lines.join('');
    expect(line).toContain(id);
    expect(line).toContain('"type":"Error"');
    expect(line).toContain('logger.test.ts');
    for (const marker of MARKERS) expect(line).not.toContain(marker);
  });

  it('blanks personal fields in any object that is logged', () => {
    const { lines, logger } = capture();
    logger.info(
      { report: { description: MARKERS[2], contactPhone: MARKERS[0] }, email: MARKERS[3], request: { headers: { cookie: 'x' }, body: MARKERS[4] } },
      'event',
    );
    const line = lines.join('');
    for (const marker of MARKERS) expect(line).not.toContain(marker);
    expect(line).toContain('[redacted]');
  });

  it('keeps only a short upper-case code', () => {
    expect(describeError(Object.assign(new Error('x'), { code: 'P2002' })).errorCode).toBe('P2002');
    expect(describeError(Object.assign(new Error('x'), { code: 'value 0912…' })).errorCode).toBeUndefined();
    expect(describeError('a string')).toEqual({ type: 'string', frames: [] });
  });
});
