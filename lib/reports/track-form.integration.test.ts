import { describe, expect, it } from 'vitest';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { reportInput } from '@/lib/testing/reports';
import { submitReportForm } from './submit-report-form';
import { submitReport } from './submit-report';
import { trackForm } from './track-form';

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};

describe('public forms at their limit', () => {
  it('the 21st tracking lookup in 10 minutes shows the Persian wait message, not an internal error', async () => {
    await seededDb();
    const rateKey = `track-${uniqueSuffix()}`;
    const { trackingCode } = await submitReport({ actor: null, input: reportInput(), files: [], rateKey });
    for (let i = 0; i < 20; i++) {
      const state = await trackForm(form({ intent: 'lookup', code: trackingCode }), { rateKey, locale: 'fa' });
      expect(state.ok, `lookup ${i + 1}`).toBe(true);
    }
    const limited = await trackForm(form({ intent: 'lookup', code: trackingCode }), { rateKey, locale: 'fa' });
    expect(limited).toMatchObject({ ok: false, code: 'RATE_LIMITED', values: { code: trackingCode } });
    expect(limited.message).toMatch(/^تلاش‌های شما بیش از حد مجاز بود. [۰-۹]+ دقیقه دیگر دوباره تلاش کنید.$/);
  });

  it('the report form past its hourly limit shows the wait message and keeps what was typed', async () => {
    await seededDb();
    const rateKey = `submit-${uniqueSuffix()}`;
    for (let i = 0; i < 10; i++) await submitReport({ actor: null, input: reportInput(), files: [], rateKey });
    const description = 'چراغ‌های کوچه سه ماه است خاموش مانده و شب‌ها محله ناامن شده است.';
    const state = await submitReportForm(form({ kind: 'REPORT', categoryId: '1', provinceId: '4', description, submissionToken: crypto.randomUUID() }), { actor: null, rateKey });
    expect(state).toMatchObject({ ok: false, code: 'RATE_LIMITED', values: { description } });
    expect(state.message).toContain('۶۰ دقیقه');
  });
});
