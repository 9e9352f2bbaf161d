import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { POST } from '@/app/api/reports/route';
import { PEER_HEADER } from '@/lib/http/client-address';
import { seededDb } from '@/lib/testing/db';

const UA_MARKER = `MarkerAgent-${randomUUID()}`;
const IP_MARKER = '203.0.113.77';

function submit(headers: Record<string, string>, body: unknown) {
  return POST(
    new Request('http://localhost/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }),
  );
}

/** What server.mjs stamps on a request from this socket address. */
const fromPeer = (address: string) => ({ [PEER_HEADER]: `${process.env.SAJAM_PEER_TOKEN} ${address}` });

describe('an anonymous report leaves no trace of its sender', () => {
  beforeAll(() => void (process.env.SAJAM_PEER_TOKEN = `anonymity-${randomUUID()}`));
  afterAll(() => void delete process.env.SAJAM_PEER_TOKEN);
  afterEach(() => vi.restoreAllMocks());

  it('keeps the marker User-Agent, X-Forwarded-For and socket address out of every table and the server log', async () => {
    const db = await seededDb();
    const logged: string[] = [];
    const capture = (...args: unknown[]) => void logged.push(args.map(String).join(' '));
    for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) vi.spyOn(console, method).mockImplementation(capture);
    const write = (chunk: unknown) => (logged.push(String(chunk)), true);
    vi.spyOn(process.stdout, 'write').mockImplementation(write as typeof process.stdout.write);
    vi.spyOn(process.stderr, 'write').mockImplementation(write as typeof process.stderr.write);

    const response = await submit(
      { 'user-agent': UA_MARKER, 'x-forwarded-for': `${IP_MARKER}, 10.0.0.1`, 'x-real-ip': IP_MARKER, ...fromPeer(IP_MARKER) },
      { kind: 'REPORT', categoryId: 1, provinceId: 4, description: 'رهاسازی پسماند بیمارستانی در حاشیه رودخانه شهر.', submissionToken: randomUUID() },
    );
    expect(response.status).toBe(201);
    const { trackingCode } = await response.json();
    expect(trackingCode).toMatch(/^[0-9A-Z-]{19}$/);

    const tables = await db.$queryRaw<
      { table_name: string }[]
    >`SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`;
    expect(tables.length).toBeGreaterThan(10);
    for (const { table_name } of tables) {
      for (const marker of [UA_MARKER, IP_MARKER]) {
        const [hit] = await db.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table_name}" t WHERE t::text LIKE $1`, `%${marker}%`);
        expect(Number(hit!.n), `${marker} found in ${table_name}`).toBe(0);
      }
    }
    expect(logged.join('\n')).not.toContain(UA_MARKER);
    expect(logged.join('\n')).not.toContain(IP_MARKER);
  });

  it('answers bad input with 400 and Persian field messages, an oversize body with 413, a flood with 429', async () => {
    await seededDb();
    const bad = await submit({}, { kind: 'REPORT', categoryId: 1, provinceId: 4, description: 'کوتاه', submissionToken: randomUUID() });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: 'VALIDATION', fieldErrors: { description: ['شرح باید دست‌کم ۲۰ نویسه باشد.'] } });

    const huge = await POST(
      new Request('http://localhost/api/reports', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': String(30 * 1024 * 1024) },
        body: '{}',
      }),
    );
    expect(huge.status).toBe(413);

    const flood = fromPeer('198.51.100.9');
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push(
        (
          await submit(flood, {
            kind: 'OPINION',
            categoryId: 7,
            provinceId: 8,
            description: 'پیشنهاد می‌کنم ساعت کار کتابخانه‌ها بیشتر شود.',
            submissionToken: randomUUID(),
          })
        ).status,
      );
    }
    expect(statuses).toEqual(Array(10).fill(201));
    const limited = await submit(flood, {
      kind: 'OPINION',
      categoryId: 7,
      provinceId: 8,
      description: 'پیشنهاد می‌کنم ساعت کار کتابخانه‌ها بیشتر شود.',
      submissionToken: randomUUID(),
    });
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
    expect((await limited.json()).message).toMatch(/^تلاش‌های شما بیش از حد مجاز بود. [۰-۹]+ دقیقه دیگر دوباره تلاش کنید.$/);
  });
});
