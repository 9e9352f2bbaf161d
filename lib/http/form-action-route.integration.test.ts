import { randomUUID } from 'node:crypto';
import { NextRequest } from 'next/server';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { POST as sendMemberReport } from '@/app/(dashboard)/member/report/send/route';
import { POST as sendReport } from '@/app/(public)/report/send/route';
import { sessionCookie } from '@/lib/testing/call-action';
import { inRequestScope } from '@/lib/testing/next-request-scope';
import { seededDb } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { PEER_HEADER } from './client-address';

// The report form's upload route (the progress bar's transport): the same action as the server action,
// with Next.js's own cross-site rule, and every answer JSON with a Persian message.

async function photo() {
  const bytes = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#3355aa' } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(bytes)], 'photo.png', { type: 'image/png' });
}

function reportForm(description: string) {
  const form = new FormData();
  for (const [k, v] of Object.entries({ kind: 'REPORT', categoryId: '1', provinceId: '4', description, submissionToken: randomUUID(), website: '' }))
    form.append(k, v);
  return form;
}

async function post(
  route: (request: Request) => Promise<Response>,
  body: FormData | string,
  {
    origin = 'http://localhost:3000',
    host = 'localhost:3000',
    cookie,
    type,
    forwardedHost,
  }: { origin?: string | null; host?: string; cookie?: string; type?: string; forwardedHost?: string } = {},
) {
  process.env.SAJAM_PEER_TOKEN ??= 'test-peer-token';
  const headers: Record<string, string> = { host, [PEER_HEADER]: `${process.env.SAJAM_PEER_TOKEN} 198.51.100.${Math.floor(Math.random() * 200)}` };
  if (origin) headers.origin = origin;
  if (cookie) headers.cookie = cookie;
  if (type) headers['content-type'] = type;
  if (forwardedHost) headers['x-forwarded-host'] = forwardedHost;
  const request = new NextRequest('http://localhost:3000/report/send', { method: 'POST', headers, body });
  const response = await inRequestScope(request, () => route(request));
  return { status: response.status, body: await response.json(), cacheControl: response.headers.get('cache-control') };
}

describe('POST /report/send', () => {
  it('sends a report with its photo and answers what the server action answers', async () => {
    const db = await seededDb();
    const description = `گزارش با عکس از راه نوار پیشرفت ${randomUUID()}`;
    const form = reportForm(description);
    form.append('attachments', await photo());
    const { status, body, cacheControl } = await post(sendReport, form);
    expect(status).toBe(200);
    expect(cacheControl).toBe('no-store');
    expect(body).toMatchObject({
      ok: true,
      data: { trackingCode: expect.stringMatching(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/), qrSvg: expect.stringContaining('<svg') },
    });
    const report = await db.report.findFirstOrThrow({ where: { description }, include: { attachments: true } });
    expect(report.attachments).toHaveLength(1);
  });

  it('answers field errors in Persian, with the values to keep', async () => {
    await seededDb();
    const { status, body } = await post(sendReport, reportForm('کوتاه'));
    expect(status).toBe(200);
    expect(body).toMatchObject({ ok: false, values: { description: 'کوتاه' } });
    expect(body.fieldErrors.description[0]).toMatch(/[\u0600-\u06FF]/);
  });

  it('refuses a post from another site, or with no Origin, and stores nothing', async () => {
    const db = await seededDb();
    for (const origin of ['https://evil.example', 'null', null, 'http://localhost:3000.evil.example']) {
      const description = `از سایت دیگر ${randomUUID()}`;
      const { status, body } = await post(sendReport, reportForm(description), { origin });
      expect(status, String(origin)).toBe(403);
      expect(body).toEqual({ ok: false, message: 'این فرم باید از خود سایت سجام فرستاده شود.' });
      expect(await db.report.count({ where: { description } })).toBe(0);
    }
  });

  // Red-team of issue #13, finding 7: X-Forwarded-Host was believed from anyone.
  it('reads X-Forwarded-Host only from a proxy SAJAM_TRUSTED_PROXIES names', async () => {
    const db = await seededDb();
    const description = `میزبان جعلی ${randomUUID()}`;
    const { status } = await post(sendReport, reportForm(description), { origin: 'https://evil.example', forwardedHost: 'evil.example' });
    expect(status).toBe(403);
    expect(await db.report.count({ where: { description } })).toBe(0);
    const previous = process.env.SAJAM_TRUSTED_PROXIES;
    process.env.SAJAM_TRUSTED_PROXIES = '198.51.100.0/24';
    try {
      // Behind the trusted proxy, the host it forwards is the site's.
      const behind = await post(sendReport, reportForm(`پشت پراکسی ${randomUUID()}`), { origin: 'https://sajam.example', forwardedHost: 'sajam.example' });
      expect(behind.status).toBe(200);
    } finally {
      if (previous === undefined) delete process.env.SAJAM_TRUSTED_PROXIES;
      else process.env.SAJAM_TRUSTED_PROXIES = previous;
    }
  });

  it('answers a body that is not a form with a Persian 400', async () => {
    await seededDb();
    const { status, body } = await post(sendReport, '--x\r\nbroken', { type: 'multipart/form-data; boundary=x' });
    expect(status).toBe(400);
    expect(body.ok).toBe(false);
    expect(body.message).toMatch(/[\u0600-\u06FF]/);
  });
});

describe('POST /member/report/send', () => {
  it('needs a session: the action answers "log in again" when it has ended, and takes the report when it is there', async () => {
    const db = await seededDb();
    const member = await createActor(db, ['MEMBER'], { provinceId: 4 });
    const description = `گزارش عضو از راه نوار پیشرفت ${randomUUID()}`;
    const ended = await post(sendMemberReport, reportForm(description));
    expect(ended.status).toBe(200);
    expect(ended.body).toMatchObject({ ok: false, code: 'UNAUTHENTICATED', values: { description } });
    expect(ended.body.message).toMatch(/[\u0600-\u06FF]/);
    expect(await db.report.count({ where: { description } })).toBe(0);
    const user = await db.user.findUniqueOrThrow({ where: { id: member.id } });
    const sent = await post(sendMemberReport, reportForm(description), { cookie: await sessionCookie(user) });
    expect(sent.body).toMatchObject({ ok: true });
    expect(await db.report.count({ where: { description } })).toBe(1);
  });
});
