// The annual report's forms and download as a browser uses them (issue #17): the request form's post (with and
// without a valid year), the PDF route with its headers and one audit event per download, and the public
// verification page's upload form (the file hashed on the server).
import { createHash } from 'node:crypto';
import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { listAnnualReports } from '@/lib/annual-report/list-annual-reports';
import type { Actor } from '@/lib/authz';
import { JOBS } from '@/lib/jobs/start-jobs';
import { toJalali } from '@/lib/i18n/format';
import { callAction, formOf, sessionCookie } from '@/lib/testing/call-action';
import { withoutBackgroundJobs } from '@/lib/testing/jobs';
import { seededDb } from '@/lib/testing/db';
import { inRequestScope } from '@/lib/testing/next-request-scope';
import { createActor } from '@/lib/testing/reports';
import { verifyUploadAction } from '@/app/(public)/verify/report/[code]/actions';
import { requestAnnualReportAction } from './actions';
import { GET } from './[id]/pdf/route';

const CURRENT = toJalali(new Date()).jy;
const FARS = 17;

withoutBackgroundJobs();

async function download(id: string, as: Actor | null) {
  const headers: Record<string, string> = as ? { cookie: await sessionCookie({ id: as.id, name: as.name, roles: [...as.roles] }) } : {};
  const request = new NextRequest(`http://localhost/annual-reports/${id}/pdf`, { headers });
  return inRequestScope(request, () => GET(request, { params: Promise.resolve({ id }) }));
}

describe('annual report forms and download', () => {
  it('requests through the form, downloads the PDF with private headers (audited each time), verifies an upload', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const fars = await createActor(db, ['PROVINCE_STAFF'], { provinceId: FARS });
    const other = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 4 });
    const as = (a: typeof national) => ({ as: { id: a.id, name: a.name, roles: [...a.roles] }, path: '/annual-reports' });

    const refused = await callAction(requestAnnualReportAction, formOf({ year: '1389', scope: 'national' }), as(national));
    expect(refused.ok).toBe(false);
    expect(refused.fieldErrors?.year).toEqual(['سالی میان ۱۳۹۰ و سال جاری برگزینید.']);
    expect(refused.values).toMatchObject({ year: '1389', scope: 'national' });
    const asked = await callAction(requestAnnualReportAction, formOf({ year: String(CURRENT - 8), scope: `province:${FARS}` }), as(national));
    expect(asked).toMatchObject({ ok: true, data: { existing: false } });
    const id = asked.data!.id;
    const member = await createActor(db, ['MEMBER']);
    expect((await callAction(requestAnnualReportAction, formOf({ year: String(CURRENT), scope: 'national' }), as(member))).code).toBe('FORBIDDEN');

    await JOBS['annual-report'].run();
    const row = await db.annualReport.findUniqueOrThrow({ where: { id } });
    expect(row.status).toBe('DONE');

    const response = await download(id, fars);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="sajam-annual-${CURRENT - 8}-province-fars.pdf"`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(row.sha256);
    expect(await db.auditEvent.count({ where: { action: 'annual_report.downloaded', objectId: id, actorId: fars.id } })).toBe(1);
    expect((await download(id, other)).status).toBe(404);
    expect((await download(id, null)).status).toBe(404);
    expect(await db.auditEvent.count({ where: { action: 'annual_report.downloaded', objectId: id } })).toBe(1);

    const listed = (await listAnnualReports({ actor: national })).find((r) => r.id === id)!;
    const upload = (file: Uint8Array) => {
      const form = formOf({ code: listed.verifyCode! });
      form.append('file', new Blob([Uint8Array.from(file)], { type: 'application/pdf' }), 'report.pdf');
      return callAction(verifyUploadAction, form, { address: '198.51.100.77', path: `/verify/report/${listed.verifyCode}` });
    };
    expect(await upload(bytes)).toMatchObject({ ok: true, data: { matches: true, sha256: row.sha256 } });
    const altered = Uint8Array.from(bytes);
    altered[20]! ^= 1;
    expect(await upload(altered)).toMatchObject({ ok: true, data: { matches: false } });
    const empty = await callAction(verifyUploadAction, formOf({ code: listed.verifyCode! }), { address: '198.51.100.77' });
    expect(empty.fieldErrors?.file).toEqual(['فایلی برگزینید.']);
  });
});
