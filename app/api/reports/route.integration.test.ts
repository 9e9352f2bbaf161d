// POST /api/reports from outside: hostile bodies, strict types, the rate limit's 429 and Retry-After.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { PEER_HEADER } from '@/lib/http/client-address';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { POST } from './route';

const URL_ = 'http://localhost/api/reports';
const valid = () => ({
  kind: 'REPORT',
  categoryId: 1,
  provinceId: 4,
  description: 'چراغ‌های کوچه سه ماه است خاموش مانده و شب‌ها محله ناامن شده است.',
  submissionToken: randomUUID(),
});
let peer = 0;
// Each test request comes from its own address (server.mjs would stamp the socket's), so limits do not mix.
const fromClient = (address = `198.51.100.${(peer = (peer % 250) + 1)}`) => ({ [PEER_HEADER]: `${process.env.SAJAM_PEER_TOKEN} ${address}` });
const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  POST(new Request(URL_, { method: 'POST', body, headers: { ...fromClient(), ...headers } }));

beforeAll(() => {
  process.env.SAJAM_PEER_TOKEN = `test-${uniqueSuffix()}`;
});
afterAll(() => {
  delete process.env.SAJAM_PEER_TOKEN;
});

describe('POST /api/reports', () => {
  it('answers every hostile body with a clean 4xx and a Persian message, stores nothing and logs no stack', async () => {
    const db = await seededDb();
    const before = await db.report.count();
    const logged = vi.spyOn(console, 'error');
    const json = (body: unknown) => [JSON.stringify(body), { 'content-type': 'application/json' }] as const;
    const cases: [string, BodyInit | null, Record<string, string>, number][] = [
      ['NUL inside the description, too short once stripped', ...json({ ...valid(), description: '\u0000'.repeat(30) }), 400],
      ['NUL inside a category id', ...json({ ...valid(), categoryId: '1\u0000' }), 400],
      ['an id sent as an array', ...json({ ...valid(), categoryId: [1] }), 400],
      ['an id sent as true', ...json({ ...valid(), provinceId: true }), 400],
      ['an id sent as a fraction', ...json({ ...valid(), provinceId: 4.5 }), 400],
      ['an id past int4', ...json({ ...valid(), categoryId: 99999999999 }), 400],
      ['an incident date in the year 0000', ...json({ ...valid(), incidentDate: '0000/01/01' }), 400],
      ['an incident date in 1299', ...json({ ...valid(), incidentDate: '1299/12/29' }), 400],
      ['an incident date in the future', ...json({ ...valid(), incidentDate: '1499/01/01' }), 400],
      ['JSON that is not an object', ...json([valid()]), 400],
      ['JSON null', 'null', { 'content-type': 'application/json' }, 400],
      ['broken JSON', '{"kind":', { 'content-type': 'application/json' }, 400],
      ['JSON that is not UTF-8', new Uint8Array([0x7b, 0xff, 0xfe, 0x7d]), { 'content-type': 'application/json' }, 400],
      ['text/plain', JSON.stringify(valid()), { 'content-type': 'text/plain' }, 415],
      ['application/xml', '<report/>', { 'content-type': 'application/xml' }, 415],
      ['no content type', JSON.stringify(valid()), {}, 415],
      ['multipart without a boundary', 'kind=REPORT', { 'content-type': 'multipart/form-data' }, 400],
      ['multipart with a broken boundary', '--x\r\nbroken', { 'content-type': 'multipart/form-data; boundary=x' }, 400],
      ['multipart with a boundary that is not in the body', 'kind=REPORT', { 'content-type': 'multipart/form-data; boundary=abc' }, 400],
      ['an empty body', null, { 'content-type': 'application/json' }, 400],
      ['a declared body over the limit', '{}', { 'content-type': 'application/json', 'content-length': String(30 * 1024 * 1024) }, 413],
    ];
    for (const [name, body, headers, status] of cases) {
      const res = await post(body, headers);
      expect(res.status, name).toBe(status);
      const answer = (await res.json()) as { error: string; message: string };
      expect(answer.message, name).toMatch(/[\u0600-\u06FF]/);
      expect(JSON.stringify(answer), name).not.toMatch(/at \w+ \(|node_modules|Error:/);
    }
    expect(await db.report.count()).toBe(before);
    expect(logged).not.toHaveBeenCalled();
    logged.mockRestore();
  });

  it('strips NUL and other control characters from text instead of failing in the database', async () => {
    const db = await seededDb();
    const res = await post(JSON.stringify({ ...valid(), placeDescription: 'خیابان\u0000 کارگر\u001b', description: `${valid().description}\u0000\u0007` }), {
      'content-type': 'application/json',
    });
    expect(res.status).toBe(201);
    const stored = await db.report.findFirstOrThrow({ orderBy: { submittedAt: 'desc' }, select: { description: true, placeDescription: true } });
    expect(stored.placeDescription).toBe('خیابان کارگر');
    expect(stored.description).not.toMatch(/[\u0000-\u0008]/);
  });

  it('accepts a form post with digit ids, and a JSON post with numeric ids', async () => {
    const form = new FormData();
    for (const [k, v] of Object.entries(valid())) form.set(k, String(v));
    expect((await POST(new Request(URL_, { method: 'POST', body: form, headers: fromClient() }))).status).toBe(201);
    expect((await post(JSON.stringify(valid()), { 'content-type': 'application/json; charset=utf-8' })).status).toBe(201);
  });

  it('names a missing or malformed submissionToken in fieldErrors, 400, whatever the body type', async () => {
    const withoutToken = () => Object.fromEntries(Object.entries(valid()).filter(([name]) => name !== 'submissionToken'));
    const asForm = (fields: Record<string, unknown>) => new URLSearchParams(Object.entries(fields).map(([k, v]) => [k, String(v)])).toString();
    const cases: [string, BodyInit, string, RegExp][] = [
      ['JSON without it', JSON.stringify(withoutToken()), 'application/json', /submissionToken\) لازم است/],
      ['JSON with null', JSON.stringify({ ...withoutToken(), submissionToken: null }), 'application/json', /submissionToken\) باید یک UUID باشد/],
      ['a form without it', asForm(withoutToken()), 'application/x-www-form-urlencoded', /submissionToken\) لازم است/],
      ['a form with it blank', asForm({ ...withoutToken(), submissionToken: ' ' }), 'application/x-www-form-urlencoded', /submissionToken\) لازم است/],
      [
        'JSON with a token that is no UUID',
        JSON.stringify({ ...valid(), submissionToken: 'report-1' }),
        'application/json',
        /submissionToken\) باید یک UUID باشد/,
      ],
    ];
    for (const [name, body, type, message] of cases) {
      const res = await post(body, { 'content-type': type });
      expect(res.status, name).toBe(400);
      const answer = (await res.json()) as { error: string; message: string; fieldErrors: Record<string, string[]> };
      expect(answer.error, name).toBe('VALIDATION');
      expect(Object.keys(answer.fieldErrors), name).toEqual(['submissionToken']);
      expect(answer.fieldErrors.submissionToken, name).toEqual([expect.stringMatching(message)]);
    }
  });

  it('answers 429 with Retry-After and the Persian wait message once a client passes its hourly limit', async () => {
    const client = fromClient('203.0.113.50');
    const send = () => POST(new Request(URL_, { method: 'POST', body: JSON.stringify(valid()), headers: { ...client, 'content-type': 'application/json' } }));
    for (let i = 0; i < 10; i++) expect((await send()).status).toBe(201);
    const limited = await send();
    expect(limited.status).toBe(429);
    const retryAfter = Number(limited.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(3000);
    expect(retryAfter).toBeLessThanOrEqual(3600);
    const body = (await limited.json()) as { error: string; message: string };
    expect(body.error).toBe('RATE_LIMITED');
    expect(body.message).toContain('دقیقه');
    expect(body.message).toContain('۶۰');
    // Another address is not limited, and rotating X-Forwarded-For does not make a new client.
    const rotated = await POST(
      new Request(URL_, {
        method: 'POST',
        body: JSON.stringify(valid()),
        headers: { ...client, 'content-type': 'application/json', 'x-forwarded-for': '10.1.1.77, 203.0.113.50' },
      }),
    );
    expect(rotated.status).toBe(429);
    expect((await post(JSON.stringify(valid()), { 'content-type': 'application/json' })).status).toBe(201);
  });
});

describe('POST /api/reports without server.mjs in front', () => {
  it('stops reading an undeclared body as soon as it passes the limit', async () => {
    let pulled = 0;
    const chunk = new Uint8Array(1024 * 1024);
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled++;
        controller.enqueue(chunk);
      },
    });
    const res = await POST(
      new Request(URL_, { method: 'POST', body: endless, headers: { ...fromClient(), 'content-type': 'application/json' }, duplex: 'half' } as RequestInit),
    );
    expect(res.status).toBe(413);
    expect(pulled).toBeLessThan(40);
  });

  it('refuses JSON in another charset than UTF-8', async () => {
    expect((await post(JSON.stringify(valid()), { 'content-type': 'application/json; charset=utf-16' })).status).toBe(415);
  });
});
