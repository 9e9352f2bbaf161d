// The ids a program needs for POST /api/reports come from GET /api/reports/options (docs/api.md).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEER_HEADER } from '@/lib/http/client-address';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { POST } from '../route';
import { GET } from './route';

type Named = { id: number; name: string; nameEn: string };
type Options = { categories: Named[]; topics: { id: number; title: string; titleEn: string }[]; provinces: (Named & { counties: Named[] })[] };

beforeAll(() => {
  process.env.SAJAM_PEER_TOKEN = `test-${uniqueSuffix()}`;
});
afterAll(() => {
  delete process.env.SAJAM_PEER_TOKEN;
});

describe('GET /api/reports/options', () => {
  it('lists the categories, topics, provinces and counties by id, and a report made from them is accepted', async () => {
    await seededDb();
    const res = await GET();
    expect(res.status).toBe(200);
    const options = (await res.json()) as Options;
    expect(options.provinces).toHaveLength(31);
    expect(options.categories.length).toBeGreaterThan(0);
    for (const item of [...options.categories, ...options.provinces, ...options.provinces.flatMap((p) => p.counties)]) {
      expect(Number.isInteger(item.id), JSON.stringify(item)).toBe(true);
      expect(item.name).toMatch(/[\u0600-\u06FF]/);
    }

    const province = options.provinces.find((p) => p.counties.length > 0)!;
    const report = {
      kind: 'REPORT',
      categoryId: options.categories[0]!.id,
      provinceId: province.id,
      countyId: province.counties[0]!.id,
      description: 'سطل‌های زباله خیابان اصلی یک هفته است خالی نشده و بوی بد همه جا را گرفته است.',
      submissionToken: randomUUID(),
    };
    const headers = { 'content-type': 'application/json', [PEER_HEADER]: `${process.env.SAJAM_PEER_TOKEN} 198.51.100.201` };
    const submitted = await POST(new Request('http://localhost/api/reports', { method: 'POST', body: JSON.stringify(report), headers }));
    expect(submitted.status).toBe(201);
    expect(await submitted.json()).toEqual({ trackingCode: expect.any(String) });
  });
});
