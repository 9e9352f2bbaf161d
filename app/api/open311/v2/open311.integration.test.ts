// The Open311 agency API from outside: route handlers called with Request objects, as Next calls them.
// Key lifecycle, agency A against agency B (indistinguishable 404s), withdrawn referrals, idempotent
// updates, the status mapping end to end, the per-key limit, the audit of every use, and a contract
// test: every JSON answer is validated against the OpenAPI document the API serves.
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { XMLParser } from 'fast-xml-parser';
import sharp from 'sharp';
import { beforeAll, describe, expect, it } from 'vitest';
import { authenticateApiKey } from '@/lib/agencies/api-keys/authenticate-api-key';
import { createApiKey } from '@/lib/agencies/api-keys/create-api-key';
import { listApiKeys } from '@/lib/agencies/api-keys/list-api-keys';
import { revokeApiKey } from '@/lib/agencies/api-keys/revoke-api-key';
import type { Actor } from '@/lib/authz';
import { submitReport } from '@/lib/reports/submit-report';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, reportInput } from '@/lib/testing/reports';
import { moveReferral } from '@/lib/workflow/move-referral';
import { transitionReport } from '@/lib/workflow/transition-report';
import { GET as discoveryJson } from './discovery.json/route';
import { GET as discoveryXml } from './discovery.xml/route';
import { GET as mediaGet } from './media/[id]/route';
import { GET as openApiJson } from './openapi.json/route';
import { GET as requestsJson } from './requests.json/route';
import { GET as requestsXml } from './requests.xml/route';
import { GET as requestGet } from './requests/[file]/route';
import { GET as updatesJson, POST as postUpdateJson } from './servicerequestupdates.json/route';
import { POST as postUpdateXml } from './servicerequestupdates.xml/route';
import { GET as servicesJson } from './services.json/route';
import { GET as servicesXml } from './services.xml/route';
import { GET as serviceGet } from './services/[file]/route';

type Db = Awaited<ReturnType<typeof seededDb>>;

const BASE = 'http://localhost/api/open311/v2';
const get = (path: string, headers: Record<string, string> = {}) => new Request(`${BASE}/${path}`, { headers });
const withKey = (path: string, key: string) => get(`${path}${path.includes('?') ? '&' : '?'}api_key=${encodeURIComponent(key)}`);
const params = <T extends Record<string, string>>(p: T) => ({ params: Promise.resolve(p) });
const form = (fields: Record<string, string>) => new URLSearchParams(fields);
const post = (key: string | null, fields: Record<string, string>, files: File[] = []) => {
  const body = new FormData();
  if (key) body.append('api_key', key);
  for (const [k, v] of Object.entries(fields)) body.append(k, v);
  for (const f of files) body.append('media', f);
  return new Request(`${BASE}/servicerequestupdates.json`, { method: 'POST', body });
};
const postForm = (fields: Record<string, string>, headers: Record<string, string> = {}) =>
  new Request(`${BASE}/servicerequestupdates.json`, {
    method: 'POST',
    body: form(fields),
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });

async function image(): Promise<File> {
  const bytes = await sharp({ create: { width: 16, height: 16, channels: 3, background: '#aa3355' } })
    .png()
    .toBuffer();
  return new File([new Uint8Array(bytes)], 'photo.png', { type: 'image/png' });
}

// ——— the contract: every JSON answer against the document the API serves ———————————————————————

type Doc = {
  paths: Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { $ref: string } }> }> }>>;
  components: { schemas: Record<string, object> };
};
let doc: Doc;
const validators = new Map<string, ValidateFunction>();

/** Validates an answer against the schema the document names for this path, method and status. */
async function expectContract(res: Response, path: string, method: 'get' | 'post' = 'get'): Promise<unknown> {
  expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8');
  const body: unknown = await res.json();
  const ref = doc.paths[path]?.[method]?.responses[String(res.status)]?.content?.['application/json']?.schema.$ref;
  expect(ref, `${method} ${path} ${res.status} is documented`).toBeDefined();
  const validate = validators.get(ref!.split('/').pop()!)!;
  expect(validate(body), `${method} ${path} ${res.status}: ${JSON.stringify(validate.errors)}`).toBe(true);
  return body;
}

// ——— fixtures ——————————————————————————————————————————————————————————————————————————

type World = {
  db: Db;
  admin: Actor;
  national: Actor;
  agencyA: { id: string; name: string };
  agencyB: { id: string; name: string };
  keyA: string;
  keyAId: string;
  keyB: string;
  referralA: string;
};
let w: World;

/** An anonymous Tehran report, approved by the province and the national office and referred to these agencies. */
async function referredReport(db: Db, agencyIds: string[], files: File[] = []): Promise<{ reportId: string; referralIds: string[] }> {
  const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 8 });
  const national = await createActor(db, ['NATIONAL_OFFICE']);
  const { reportId } = await submitReport({
    actor: null,
    input: reportInput({ provinceId: '8', placeDescription: 'میدان هفت تیر' }),
    files,
    rateKey: `o311-${uniqueSuffix()}`,
  });
  await transitionReport({ actor: staff, reportId, action: 'approve', version: 1 });
  await transitionReport({ actor: national, reportId, action: 'approve', version: 2 });
  await transitionReport({ actor: national, reportId, action: 'refer', version: 3, agencyIds, coveringNote: 'لطفاً تا پایان ماه بررسی شود.', confirmed: true });
  const referrals = await db.referral.findMany({ where: { reportId }, orderBy: { agencyId: 'asc' }, select: { id: true, agencyId: true } });
  return { reportId, referralIds: agencyIds.map((a) => referrals.find((r) => r.agencyId === a)!.id) };
}

beforeAll(async () => {
  const db = await seededDb();
  const admin = await createActor(db, ['ADMIN']);
  const national = await createActor(db, ['NATIONAL_OFFICE']);
  const agencyA = await db.agency.findUniqueOrThrow({ where: { slug: 'environment' }, select: { id: true, name: true } });
  const agencyB = await db.agency.findUniqueOrThrow({ where: { slug: 'police' }, select: { id: true, name: true } });
  const a = await createApiKey({ actor: admin, input: { agencyId: agencyA.id, label: 'سامانهٔ محیط زیست', expiresInDays: 30, ratePerMinute: 1000 } });
  const b = await createApiKey({ actor: admin, input: { agencyId: agencyB.id, label: 'سامانهٔ پلیس', expiresInDays: 30, ratePerMinute: 1000 } });
  const { referralIds } = await referredReport(db, [agencyA.id], [await image()]);
  w = { db, admin, national, agencyA, agencyB, keyA: a.key, keyAId: a.id, keyB: b.key, referralA: referralIds[0]! };

  doc = (await (await openApiJson(get('openapi.json'))).json()) as Doc;
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  for (const [name, schema] of Object.entries(doc.components.schemas)) validators.set(name, ajv.compile(schema));
});

// ——— keys ——————————————————————————————————————————————————————————————————————————————

describe('API keys', () => {
  it('are made by the administrator alone, shown once, stored hashed, listed without secrets, and audited', async () => {
    const { db, admin, agencyA } = w;
    const liaison = await createActor(db, ['AGENCY_LIAISON'], { agencyId: agencyA.id });
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    for (const actor of [liaison, national])
      await expect(createApiKey({ actor, input: { agencyId: agencyA.id, label: 'x-key', expiresInDays: 10, ratePerMinute: 5 } })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    await expect(listApiKeys({ actor: liaison, agencyId: agencyA.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    const created = await createApiKey({ actor: admin, input: { agencyId: agencyA.id, label: 'کلید آزمون', expiresInDays: 365, ratePerMinute: 60 } });
    expect(created.key).toMatch(/^sjm_[0-9a-f]{16}\.[A-Za-z0-9_-]{43}$/);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: created.id } });
    const secret = created.key.split('.')[1]!;
    expect(JSON.stringify(row)).not.toContain(secret);
    expect(row.prefix).toBe(created.key.slice(4, 20));
    expect(Math.round((row.expiresAt.getTime() - row.createdAt.getTime()) / 86_400_000)).toBe(365);

    const listed = await listApiKeys({ actor: admin, agencyId: agencyA.id });
    const mine = listed.keys.find((k) => k.id === created.id)!;
    expect(Object.keys(mine).sort()).toEqual(['createdAt', 'expired', 'expiresAt', 'id', 'label', 'lastUsedAt', 'prefix', 'ratePerMinute', 'revokedAt'].sort());
    expect(JSON.stringify(listed)).not.toContain(row.secretHash);
    expect(await db.auditEvent.count({ where: { action: 'api_key.created', objectId: created.id } })).toBe(1);
    await expect(createApiKey({ actor: admin, input: { agencyId: agencyA.id, label: 'x', expiresInDays: 10, ratePerMinute: 5 } })).rejects.toMatchObject({
      name: 'ZodError',
    });
  });

  it('live: create → authenticate (lastUsedAt) → revoke → 403; expired → 403; every refusal one identical 403', async () => {
    const { db, admin, agencyA } = w;
    const created = await createApiKey({ actor: admin, input: { agencyId: agencyA.id, label: 'چرخهٔ عمر', expiresInDays: 30, ratePerMinute: 60 } });
    expect(await authenticateApiKey({ key: created.key })).toEqual({ apiKeyId: created.id, agencyId: agencyA.id, ratePerMinute: 60 });
    expect((await db.apiKey.findUniqueOrThrow({ where: { id: created.id } })).lastUsedAt).not.toBeNull();
    expect((await requestsJson(withKey('requests.json', created.key))).status).toBe(200);
    // The secret must match: the right prefix with another secret is refused.
    expect(await authenticateApiKey({ key: `${created.key.slice(0, 21)}${'A'.repeat(43)}` })).toBeNull();

    await revokeApiKey({ actor: admin, agencyId: agencyA.id, apiKeyId: created.id });
    await revokeApiKey({ actor: admin, agencyId: agencyA.id, apiKeyId: created.id });
    expect(await db.auditEvent.count({ where: { action: 'api_key.revoked', objectId: created.id } })).toBe(1);
    expect(await authenticateApiKey({ key: created.key })).toBeNull();
    await expect(revokeApiKey({ actor: admin, agencyId: w.agencyB.id, apiKeyId: created.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });

    const expired = await createApiKey({
      actor: admin,
      input: { agencyId: agencyA.id, label: 'منقضی', expiresInDays: 1, ratePerMinute: 60 },
      now: new Date(Date.now() - 2 * 86_400_000),
    });
    expect(await authenticateApiKey({ key: expired.key })).toBeNull();

    const refusals = [
      requestsJson(withKey('requests.json', created.key)),
      requestsJson(withKey('requests.json', expired.key)),
      requestsJson(get('requests.json')),
      requestsJson(withKey('requests.json', 'sjm_not-a-key')),
      requestsJson(get('requests.json', { authorization: `Bearer ${created.key}` })),
      requestGet(withKey(`requests/${w.referralA}.json`, expired.key), params({ file: `${w.referralA}.json` })),
      updatesJson(get('servicerequestupdates.json')),
      postUpdateJson(post(created.key, { service_request_id: w.referralA, update_id: 'u-revoked', status: 'ACKNOWLEDGED' })),
      postUpdateJson(post(null, { service_request_id: w.referralA, update_id: 'u-none', status: 'ACKNOWLEDGED' })),
    ];
    const bodies = new Set<string>();
    for (const res of await Promise.all(refusals)) {
      expect(res.status).toBe(403);
      bodies.add(JSON.stringify(await expectContract(res.clone(), '/requests.{format}')));
    }
    expect(bodies.size).toBe(1);
    expect(await db.referralEvent.count({ where: { referralId: w.referralA, updateId: { in: ['u-revoked', 'u-none'] } } })).toBe(0);
  });

  it('accepts the key as Authorization: Bearer, whatever the scheme’s case', async () => {
    expect((await requestsJson(get('requests.json', { authorization: `Bearer ${w.keyB}` }))).status).toBe(200);
    const res = await updatesJson(get('servicerequestupdates.json', { authorization: `bearer ${w.keyB}` }));
    expect(res.status).toBe(200);
  });
});

// ——— reading —————————————————————————————————————————————————————————————————————————————

describe('reading requests', () => {
  it('lists only this agency’s referrals, through the agency projection, with signed media links', async () => {
    const { db, agencyA, referralA, keyA } = w;
    const body = (await expectContract(await requestsJson(withKey('requests.json', keyA)), '/requests.{format}')) as Record<string, unknown>[];
    const mine = body.find((r) => r.service_request_id === referralA)!;
    expect(mine).toMatchObject({
      status: 'open',
      referral_status: 'PENDING',
      service_code: 'crime',
      agency_responsible: agencyA.name,
      covering_note: 'لطفاً تا پایان ماه بررسی شود.',
      status_notes: 'لطفاً تا پایان ماه بررسی شود.',
    });
    expect(mine.address).toContain('میدان هفت تیر');
    expect(JSON.stringify(mine)).not.toMatch(/lat|long|caseNumber|case_number|contact|submitter/);
    expect(body.every((r) => typeof r.service_request_id === 'string')).toBe(true);
    const referrals = await db.referral.findMany({ where: { id: { in: body.map((r) => r.service_request_id as string) } }, select: { agencyId: true } });
    expect(referrals.every((r) => r.agencyId === agencyA.id)).toBe(true);

    // media_url: a signed link that opens the cleaned file; altered, it is a 404.
    const media = new URL(mine.media_url as string);
    const attachmentId = media.pathname.split('/').pop()!;
    const file = await mediaGet(new Request(media), params({ id: attachmentId }));
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    media.searchParams.set('t', `${media.searchParams.get('t')!.slice(0, -1)}x`);
    expect((await mediaGet(new Request(media), params({ id: attachmentId }))).status).toBe(404);
  });

  it('filters by ids, service_code, status, dates and updated_after, and refuses a window over 90 days', async () => {
    const { keyA, referralA } = w;
    const ids = (res: unknown) => (res as { service_request_id: string }[]).map((r) => r.service_request_id);
    const list = async (q: string) => ids(await expectContract(await requestsJson(withKey(`requests.json?${q}`, keyA)), '/requests.{format}'));
    expect(await list(`service_request_id=${referralA},00000000-0000-4000-8000-000000000000,nonsense`)).toEqual([referralA]);
    expect(await list('service_code=crime&status=open')).toContain(referralA);
    expect(await list('service_code=other')).not.toContain(referralA);
    expect(await list('status=closed')).not.toContain(referralA);
    expect(await list(`start_date=${new Date(Date.now() - 86_400_000).toISOString()}`)).toContain(referralA);
    expect(await list('end_date=2020-01-01T00:00:00Z')).not.toContain(referralA);
    // Just before the referral's last change: the agency may hold more than a page of older referrals in the shared database.
    const { updatedAt } = await w.db.referral.findUniqueOrThrow({ where: { id: referralA }, select: { updatedAt: true } });
    expect(await list(`updated_after=${encodeURIComponent(new Date(updatedAt.getTime() - 1_000).toISOString())}&page_size=200`)).toContain(referralA);
    expect(await list(`updated_after=${encodeURIComponent(new Date(Date.now() + 60_000).toISOString())}`)).toEqual([]);
    expect(await list('page=500&page_size=10')).toEqual([]);

    const bad = await requestsJson(withKey('requests.json?start_date=2026-01-01T00:00:00Z&end_date=2026-06-01T00:00:00Z', keyA));
    expect(bad.status).toBe(400);
    expect(await expectContract(bad, '/requests.{format}')).toEqual([{ code: 400, description: expect.stringMatching(/۹۰/) }]);
    expect((await requestsJson(withKey('requests.json?page_size=1000', keyA))).status).toBe(400);
  });

  it('answers 404 alike for an unknown id, another agency’s referral and a withdrawn one', async () => {
    const { db, keyA, keyB, referralA, national, agencyA } = w;
    const one = (key: string, id: string) => requestGet(withKey(`requests/${id}.json`, key), params({ file: `${id}.json` }));
    const found = await one(keyA, referralA);
    expect(((await expectContract(found, '/requests/{service_request_id}.{format}')) as unknown[]).length).toBe(1);

    const { referralIds } = await referredReport(db, [agencyA.id]);
    const withdrawn = referralIds[0]!;
    expect((await one(keyA, withdrawn)).status).toBe(200);
    await moveReferral({ by: { kind: 'person', actor: national }, referralId: withdrawn, action: 'withdraw', note: 'به اشتباه ارجاع شد.' });

    const answers = await Promise.all([one(keyB, referralA), one(keyA, '00000000-0000-4000-8000-000000000000'), one(keyA, 'not-a-uuid'), one(keyA, withdrawn)]);
    const bodies = new Set<string>();
    for (const res of answers) {
      expect(res.status).toBe(404);
      bodies.add(JSON.stringify(await expectContract(res, '/requests/{service_request_id}.{format}')));
    }
    expect(bodies.size).toBe(1);

    const listB = (await (await requestsJson(withKey(`requests.json?service_request_id=${referralA}`, keyB))).json()) as unknown[];
    expect(listB).toEqual([]);
    const listA = (await (await requestsJson(withKey(`requests.json?service_request_id=${withdrawn}`, keyA))).json()) as unknown[];
    expect(listA).toEqual([]);
    const updates = (await (await updatesJson(withKey('servicerequestupdates.json', keyA))).json()) as { service_request_id: string }[];
    expect(updates.map((u) => u.service_request_id)).not.toContain(withdrawn);

    // Moving someone else's (or a withdrawn) referral is the same 404, and records nothing.
    for (const [key, id] of [
      [keyB, referralA],
      [keyA, withdrawn],
    ] as const) {
      const res = await postUpdateJson(post(key, { service_request_id: id, update_id: `x-${uniqueSuffix()}`, status: 'ACKNOWLEDGED' }));
      expect(res.status).toBe(404);
      expect(JSON.stringify(await expectContract(res, '/servicerequestupdates.{format}', 'post'))).toBe([...bodies][0]);
    }
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralA } })).status).toBe('PENDING');
  });

  it('serves discovery, services and service definitions, in JSON and XML', async () => {
    const discovery = (await expectContract(await discoveryJson(get('discovery.json')), '/discovery.{format}')) as { endpoints: { url: string }[] };
    expect(discovery.endpoints[0]!.url).toBe('http://localhost/api/open311/v2');
    const services = (await expectContract(await servicesJson(get('services.json')), '/services.{format}')) as { service_code: string; service_name: string }[];
    expect(services.map((s) => s.service_code)).toContain('crime');
    expect(services.find((s) => s.service_code === 'crime')!.service_name).toBe('جرم');
    const english = (await (await servicesJson(get('services.json', { 'accept-language': 'en-GB,en;q=0.9' }))).json()) as { service_name: string }[];
    expect(english.map((s) => s.service_name)).toContain('Crime');
    expect(await expectContract(await serviceGet(get('services/crime.json'), params({ file: 'crime.json' })), '/services/{service_code}.{format}')).toEqual({
      service_code: 'crime',
      attributes: [],
    });
    const unknown = await serviceGet(get('services/nothing.json'), params({ file: 'nothing.json' }));
    expect(unknown.status).toBe(404);
    await expectContract(unknown, '/services/{service_code}.{format}');
    expect((await serviceGet(get('services/crime.yaml'), params({ file: 'crime.yaml' }))).status).toBe(404);

    const xml = new XMLParser({ parseTagValue: false });
    const servicesXmlRes = await servicesXml(get('services.xml'));
    expect(servicesXmlRes.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    expect(xml.parse(await servicesXmlRes.text()).services.service.map((s: { service_code: string }) => s.service_code)).toEqual(
      services.map((s) => s.service_code),
    );
    expect(xml.parse(await (await discoveryXml(get('discovery.xml'))).text()).discovery.endpoints.endpoint.formats.format).toEqual([
      'application/json',
      'text/xml',
    ]);
  });

  it('gives the same request in XML as in JSON, and errors as <errors><error>', async () => {
    const { keyA, referralA } = w;
    const json = ((await (await requestsJson(withKey(`requests.json?service_request_id=${referralA}`, keyA))).json()) as Record<string, unknown>[])[0]!;
    const res = await requestsXml(withKey(`requests.xml?service_request_id=${referralA}`, keyA));
    expect(res.headers.get('content-type')).toBe('text/xml; charset=utf-8');
    const parsed = new XMLParser({ parseTagValue: false, isArray: (_n, path) => String(path) === 'service_requests.request.media_urls.media_url' }).parse(
      await res.text(),
    ).service_requests.request;
    expect(parsed).toEqual({
      ...Object.fromEntries(Object.entries(json).map(([k, v]) => [k, v === null ? '' : v])),
      media_urls: { media_url: json.media_urls },
    });
    const refused = await requestsXml(get('requests.xml'));
    expect(refused.status).toBe(403);
    expect(new XMLParser({ parseTagValue: false }).parse(await refused.text())).toEqual({
      '?xml': '',
      errors: { error: { code: '403', description: expect.any(String) } },
    });
  });
});

// ——— updates ——————————————————————————————————————————————————————————————————————————————

describe('posting updates', () => {
  it('maps each status to its referral move, keeps the agency’s status, and records one update per update_id', async () => {
    const { db, keyA, agencyA } = w;
    const { referralIds } = await referredReport(db, [agencyA.id]);
    const referralId = referralIds[0]!;
    const send = async (fields: Record<string, string>, files: File[] = []) => {
      const res = await postUpdateJson(post(keyA, { service_request_id: referralId, ...fields }, files));
      return { status: res.status, body: await expectContract(res, '/servicerequestupdates.{format}', 'post') };
    };
    const state = () => db.referral.findUniqueOrThrow({ where: { id: referralId }, select: { status: true, agencyOutcome: true, response: true } });

    const first = await send({ update_id: 'ack-1', status: 'ACKNOWLEDGED', updated_datetime: new Date().toISOString(), jurisdiction_id: 'ignored' });
    expect(first.status).toBe(200);
    const again = await send({ update_id: 'ack-1', status: 'ACKNOWLEDGED' });
    expect(again).toEqual(first);
    expect(await db.referralEvent.count({ where: { referralId, updateId: 'ack-1' } })).toBe(1);
    expect((await state()).status).toBe('ACKNOWLEDGED');

    // An acknowledged referral cannot be acknowledged again: a request to change, 400.
    expect(await send({ update_id: 'ack-2', status: 'ACKNOWLEDGED' })).toEqual({ status: 400, body: [{ code: 400, description: expect.any(String) }] });
    // Progress needs words; with them it keeps the state and the agency's own status.
    expect((await send({ update_id: 'p-0', status: 'IN_PROGRESS' })).status).toBe(400);
    expect((await send({ update_id: 'p-1', status: 'ACTION_SCHEDULED', description: 'بازدید برای هفتهٔ آینده برنامه‌ریزی شد.' })).status).toBe(200);
    const progress = await db.referralEvent.findFirstOrThrow({ where: { referralId, updateId: 'p-1' } });
    expect(progress).toMatchObject({ kind: 'PROGRESS', agencyStatus: 'ACTION_SCHEDULED', apiKeyId: w.keyAId, actorId: null });
    expect((await state()).status).toBe('ACKNOWLEDGED');
    expect((await send({ update_id: 'bad', status: 'CLOSED', description: 'x' })).status).toBe(400);
    expect((await send({ update_id: '', status: 'FIXED', description: 'x' })).status).toBe(400);

    // FIXED answers, with the outcome and a cleaned attachment the agency then reads back as an update.
    const fixed = await send({ update_id: 'fix-1', status: 'FIXED', description: 'محل پاک‌سازی شد.' }, [await image()]);
    expect(fixed.status).toBe(200);
    expect(await state()).toEqual({ status: 'RESPONDED', agencyOutcome: 'FIXED', response: 'محل پاک‌سازی شد.' });
    const updates = (await expectContract(await updatesJson(withKey('servicerequestupdates.json?page_size=200', keyA)), '/servicerequestupdates.{format}')) as {
      update_id: string;
      service_request_id: string;
      status: string;
      event: string;
      agency_status: string | null;
      media_url: string | null;
    }[];
    const mine = updates.filter((u) => u.service_request_id === referralId);
    expect(mine.map((u) => [u.update_id, u.event, u.agency_status, u.status])).toEqual([
      [expect.any(String), 'REFERRED', null, 'open'],
      ['ack-1', 'ACKNOWLEDGED', 'ACKNOWLEDGED', 'open'],
      ['p-1', 'PROGRESS', 'ACTION_SCHEDULED', 'open'],
      ['fix-1', 'RESPONDED', 'FIXED', 'closed'],
    ]);
    const mediaUrl = new URL(mine.at(-1)!.media_url!);
    expect((await mediaGet(new Request(mediaUrl), params({ id: mediaUrl.pathname.split('/').pop()! }))).status).toBe(200);
    const asRequest = ((await (await requestsJson(withKey(`requests.json?service_request_id=${referralId}`, keyA))).json()) as { status: string }[])[0]!;
    expect(asRequest).toMatchObject({ status: 'closed', referral_status: 'RESPONDED', status_notes: 'محل پاک‌سازی شد.' });
  });

  it('declines as NOT_RESPONSIBLE and asks as CLARIFICATION_REQUESTED; answers in XML; refuses a JSON body', async () => {
    const { db, keyA, agencyA } = w;
    const { referralIds } = await referredReport(db, [agencyA.id]);
    const res = await postUpdateXml(
      new Request(`${BASE}/servicerequestupdates.xml`, {
        method: 'POST',
        body: form({
          api_key: keyA,
          service_request_id: referralIds[0]!,
          update_id: 'q-1',
          status: 'CLARIFICATION_REQUESTED',
          description: 'نشانی دقیق چیست؟',
        }),
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
    );
    expect(res.status).toBe(200);
    const event = await db.referralEvent.findFirstOrThrow({ where: { referralId: referralIds[0]!, updateId: 'q-1' } });
    expect(new XMLParser({ parseTagValue: false }).parse(await res.text()).service_request_updates.request_update).toEqual({ update_id: event.id });
    expect((await db.referral.findUniqueOrThrow({ where: { id: referralIds[0]! } })).status).toBe('CLARIFICATION_REQUESTED');

    const { referralIds: other } = await referredReport(db, [agencyA.id]);
    const declined = await postUpdateJson(
      postForm(
        { service_request_id: other[0]!, update_id: 'd-1', status: 'NOT_RESPONSIBLE', description: 'این موضوع در حوزهٔ ما نیست.' },
        { authorization: `Bearer ${keyA}` },
      ),
    );
    expect(declined.status).toBe(200);
    expect((await db.referral.findUniqueOrThrow({ where: { id: other[0]! } })).status).toBe('DECLINED_NOT_RESPONSIBLE');

    const asJson = await postUpdateJson(
      new Request(`${BASE}/servicerequestupdates.json?api_key=${keyA}`, {
        method: 'POST',
        body: JSON.stringify({ service_request_id: other[0]!, update_id: 'j', status: 'ACKNOWLEDGED' }),
        headers: { 'content-type': 'application/json' },
      }),
    );
    expect(asJson.status).toBe(415);
    await expectContract(asJson, '/servicerequestupdates.{format}', 'post');
  });
});

// ——— limits and audit ————————————————————————————————————————————————————————————————————————

describe('limits and audit', () => {
  it('answers 429 with Retry-After past the key’s requests per minute', async () => {
    const { admin, agencyB } = w;
    const { key } = await createApiKey({ actor: admin, input: { agencyId: agencyB.id, label: 'سه در دقیقه', expiresInDays: 1, ratePerMinute: 3 } });
    for (let i = 0; i < 3; i++) expect((await requestsJson(withKey('requests.json', key))).status).toBe(200);
    const limited = await requestsJson(withKey('requests.json', key));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    await expectContract(limited, '/requests.{format}');
    // Another key of the same agency has its own count.
    expect((await requestsJson(withKey('requests.json', w.keyB))).status).toBe(200);
  });

  it('audits every use of a key with method, path and status, never the key', async () => {
    const { db, keyB } = w;
    const keyBId = (await authenticateApiKey({ key: keyB }))!.apiKeyId;
    const before = await db.auditEvent.count({ where: { action: 'api_key.used', objectId: keyBId } });
    await requestsJson(withKey('requests.json', keyB));
    await requestGet(withKey(`requests/${w.referralA}.json`, keyB), params({ file: `${w.referralA}.json` }));
    const events = await db.auditEvent.findMany({ where: { action: 'api_key.used', objectId: keyBId }, orderBy: { id: 'asc' }, skip: before });
    expect(events.map((e) => e.meta)).toEqual([
      { method: 'GET', path: '/api/open311/v2/requests.json', status: 200 },
      { method: 'GET', path: `/api/open311/v2/requests/${w.referralA}.json`, status: 404 },
    ]);
    expect(JSON.stringify(events.map((e) => [e.meta, e.objectId]))).not.toContain(keyB.split('.')[1]!);
  });
});
