import { describe, expect, it } from 'vitest';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { reportInput } from '@/lib/testing/reports';
import { submitPublicReport } from '@/app/(public)/report/actions';
import { callAction, formOf } from '@/lib/testing/call-action';
import { submitReport } from './submit-report';
import { trackAction } from '@/app/(public)/track/actions';

describe('public forms at their limit', () => {
  it('the 21st tracking lookup in 10 minutes shows the Persian wait message, not an internal error', async () => {
    await seededDb();
    const { trackingCode } = await submitReport({ actor: null, input: reportInput(), files: [], rateKey: `track-${uniqueSuffix()}` });
    const address = '203.0.113.59';
    for (let i = 0; i < 20; i++) {
      const state = await callAction(trackAction, formOf({ intent: 'lookup', code: trackingCode }), { address });
      expect(state.ok, `lookup ${i + 1}`).toBe(true);
    }
    const limited = await callAction(trackAction, formOf({ intent: 'lookup', code: trackingCode }), { address });
    expect(limited).toMatchObject({ ok: false, code: 'RATE_LIMITED', values: { code: trackingCode } });
    expect(limited.message).toMatch(/^تلاش‌های شما بیش از حد مجاز بود. [۰-۹]+ دقیقه دیگر دوباره تلاش کنید.$/);
  });

  it('a refused reply keeps the report on screen, with the reason next to the reply box', async () => {
    await seededDb();
    const { trackingCode } = await submitReport({ actor: null, input: reportInput(), files: [], rateKey: `track-${uniqueSuffix()}` });
    const replyToken = crypto.randomUUID();
    const state = await callAction(trackAction, formOf({ intent: 'reply', code: trackingCode, body: '\u200B\u200Bx', replyToken }), {
      address: '203.0.113.58',
    });
    expect(state).toMatchObject({ ok: true, code: 'VALIDATION', data: { replied: false, replyToken }, values: { body: '\u200B\u200Bx' } });
    expect(state.fieldErrors?.body?.[0]).toMatch(/[\u0600-\u06FF]/);
    const sent = await callAction(trackAction, formOf({ intent: 'reply', code: trackingCode, body: 'یک توضیح تازه درباره همان کوچه', replyToken }), {
      address: '203.0.113.58',
    });
    expect(sent).toMatchObject({ ok: true, data: { replied: true } });
    expect(sent.data?.replyToken).not.toBe(replyToken);
    expect(sent.fieldErrors).toBeUndefined();
  });

  it('stores a reply sent twice at the same instant once (replies carry a one-time token)', async () => {
    const db = await seededDb();
    const { trackingCode } = await submitReport({ actor: null, input: reportInput(), files: [], rateKey: `track-${uniqueSuffix()}` });
    const replyToken = crypto.randomUUID();
    const body = `همان پیام، دو بار فرستاده شد ${uniqueSuffix()}`;
    const answers = await Promise.all(
      [1, 2, 3].map((i) => callAction(trackAction, formOf({ intent: 'reply', code: trackingCode, body, replyToken }), { address: `203.0.113.7${i}` })),
    );
    for (const a of answers) expect(a).toMatchObject({ ok: true, data: { replied: true } });
    expect(await db.message.count({ where: { body } })).toBe(1);
    // Without a token (a page from before the token) nothing is stored, and the report stays on screen
    // with the typed text and a fresh token to send it with.
    const untokened = await callAction(trackAction, formOf({ intent: 'reply', code: trackingCode, body: `${body} بی‌نشانه` }), { address: '203.0.113.75' });
    expect(untokened).toMatchObject({ ok: true, code: 'VALIDATION', data: { replied: false }, values: { body: `${body} بی‌نشانه` } });
    expect(untokened.data?.replyToken).toMatch(/^[0-9a-f-]{36}$/);
    expect(await db.message.count({ where: { body: `${body} بی‌نشانه` } })).toBe(0);
    // Another report's token is simply a new reply there (it was an internal error, every retry alike).
    const other = await submitReport({ actor: null, input: reportInput(), files: [], rateKey: `track-${uniqueSuffix()}` });
    const elsewhere = await callAction(trackAction, formOf({ intent: 'reply', code: other.trackingCode, body: `${body} جای دیگر`, replyToken }), {
      address: '203.0.113.76',
    });
    expect(elsewhere).toMatchObject({ ok: true, data: { replied: true } });
    expect(await db.message.count({ where: { body: `${body} جای دیگر` } })).toBe(1);
  });

  it('the report form past its hourly limit shows the wait message and keeps what was typed', async () => {
    await seededDb();
    const description = 'چراغ‌های کوچه سه ماه است خاموش مانده و شب‌ها محله ناامن شده است.';
    const address = '203.0.113.60';
    const post = () =>
      callAction(submitPublicReport, formOf({ kind: 'REPORT', categoryId: '1', provinceId: '4', description, submissionToken: crypto.randomUUID() }), {
        address,
      });
    for (let i = 0; i < 10; i++) expect((await post()).ok, `report ${i + 1}`).toBe(true);
    const state = await post();
    expect(state).toMatchObject({ ok: false, code: 'RATE_LIMITED', values: { description } });
    expect(state.message).toContain('۶۰ دقیقه');
  });

  it('answers a bot that fills the honeypot with a code that leads nowhere, and stores nothing', async () => {
    const db = await seededDb();
    const before = await db.report.count();
    const state = await callAction(submitPublicReport, formOf({ website: 'http://spam.example', description: 'x' }), { address: '203.0.113.61' });
    expect(state.ok).toBe(true);
    expect(state.data?.trackingCode).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){3}$/);
    expect(await db.report.count()).toBe(before);
  });
});

describe('public form actions with hostile input', () => {
  const hostile = (fields: [string, string | File][]) => {
    const data = new FormData();
    for (const [k, v] of fields) data.append(k, v);
    return data;
  };
  const valid: [string, string][] = [
    ['kind', 'REPORT'],
    ['categoryId', '1'],
    ['provinceId', '4'],
    ['description', 'چراغ‌های کوچه سه ماه است خاموش مانده و شب‌ها محله ناامن شده است.'],
  ];

  it('answers each with field errors, never an internal error, and stores nothing', async () => {
    const db = await seededDb();
    const before = await db.report.count();
    const token = (): [string, string] => ['submissionToken', crypto.randomUUID()];
    const cases: [string, [string, string | File][], string][] = [
      ['NUL-only description', [...valid.filter(([k]) => k !== 'description'), ['description', '\u0000'.repeat(40)], token()], 'description'],
      ['a file where the category goes', [...valid.filter(([k]) => k !== 'categoryId'), ['categoryId', new File(['1'], 'x.txt')], token()], 'categoryId'],
      ['a category id with junk', [...valid.filter(([k]) => k !== 'categoryId'), ['categoryId', '1; DROP TABLE "Report"'], token()], 'categoryId'],
      ['a negative province', [...valid.filter(([k]) => k !== 'provinceId'), ['provinceId', '-4'], token()], 'provinceId'],
      ['a date in the year 0', [...valid, ['incidentYear', '0'], ['incidentMonth', '1'], ['incidentDay', '1'], token()], 'incidentDate'],
      ['an unknown kind', [...valid.filter(([k]) => k !== 'kind'), ['kind', 'CRIME<script>'], token()], 'kind'],
      ['no submission token', [...valid], 'submissionToken'],
      ['a description of 50,000 characters', [...valid.filter(([k]) => k !== 'description'), ['description', 'الف'.repeat(50_000)], token()], 'description'],
    ];
    for (const [name, fields, field] of cases) {
      const state = await callAction(submitPublicReport, hostile(fields), { address: `198.51.100.${cases.findIndex(([n]) => n === name) + 100}` });
      expect(state.ok, name).toBe(false);
      expect(state.code, name).toBe('VALIDATION');
      expect(Object.keys(state.fieldErrors ?? {}), name).toContain(field);
      expect(state.message, name).toMatch(/[\u0600-\u06FF]/);
    }
    expect(await db.report.count()).toBe(before);
  });

  it('looks up hostile tracking codes as not found, never as an internal error', async () => {
    await seededDb();
    const codes = ['\u0000'.repeat(16), 'x'.repeat(10_000), "' OR 1=1 --", '٠١٢٣-٤٥٦٧-٨٩AB-CDEF', ''];
    for (const [i, code] of codes.entries()) {
      const state = await callAction(
        trackAction,
        hostile([
          ['intent', 'lookup'],
          ['code', code],
        ]),
        { address: `198.51.100.${200 + i}` },
      );
      expect(state.ok, JSON.stringify(code.slice(0, 20))).toBe(false);
      expect(['VALIDATION', 'NOT_FOUND'], JSON.stringify(code.slice(0, 20))).toContain(state.code);
      expect(state.fieldErrors?.code?.[0], JSON.stringify(code.slice(0, 20))).toMatch(/[\u0600-\u06FF]/);
    }
  });
});
