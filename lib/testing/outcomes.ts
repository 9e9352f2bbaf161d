// Builders for the outcome tests (issue #16): a national office and an agency, and a public report driven
// through review, referral and an accepted answer to CLOSED, ready to publish.
import { expect } from 'vitest';
import type { Actor } from '@/lib/authz';
import { submitReport } from '@/lib/reports/submit-report';
import { moveReferral } from '@/lib/workflow/move-referral';
import { transitionReport } from '@/lib/workflow/transition-report';
import { seededDb, uniqueSuffix } from './db';
import { createActor, reportInput } from './reports';

export const SUMMARY = 'شهروندی گزارش داد که چراغ‌های یک خیابان اصلی ماه‌ها خاموش مانده بود؛ شهرداری چراغ‌ها را تعمیر کرد.';
export const ANSWER = 'شهرداری منطقه چراغ‌ها را در دو هفته تعمیر کرد و بازدید دوره‌ای گذاشت.';

export type Cast = { national: Actor; liaison: Actor; agencyId: string };

export async function cast(): Promise<Cast> {
  const db = await seededDb();
  const agency = await db.agency.findUniqueOrThrow({ where: { slug: 'inspection' } });
  return {
    national: await createActor(db, ['NATIONAL_OFFICE']),
    liaison: await createActor(db, ['AGENCY_LIAISON'], { agencyId: agency.id }),
    agencyId: agency.id,
  };
}

/** A public report driven to CLOSED: reviewed, referred to one agency, answered and accepted. */
export async function closedReport(c: Cast, input: Record<string, unknown> = {}) {
  const db = await seededDb();
  const description = `شرح خصوصی ${uniqueSuffix()}: چراغ‌های خیابان خاموش است و کسی رسیدگی نمی‌کند.`;
  const provinceId = Number(input.provinceId ?? 4);
  const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId });
  const { reportId, trackingCode } = await submitReport({
    actor: null,
    input: reportInput({ description, ...input }),
    files: [],
    rateKey: `outcome-${uniqueSuffix()}`,
  });
  await transitionReport({ actor: staff, reportId, action: 'approve', version: 1 });
  await transitionReport({ actor: c.national, reportId, action: 'approve', version: 2 });
  await transitionReport({ actor: c.national, reportId, action: 'refer', version: 3, agencyIds: [c.agencyId], confirmed: true });
  const move = async (actor: Actor, action: 'acknowledge' | 'respond' | 'accept' | 'reopenOnAppeal', extra: Record<string, unknown> = {}) => {
    const referral = await db.referral.findUniqueOrThrow({ where: { reportId_agencyId: { reportId, agencyId: c.agencyId } } });
    await moveReferral({ by: { kind: 'person', actor }, referralId: referral.id, version: referral.version, action, ...extra });
  };
  await move(c.liaison, 'acknowledge');
  await move(c.liaison, 'respond', { note: 'چراغ‌ها تعمیر شد.' });
  await move(c.national, 'accept', { resolution: 'RESOLVED', confirmed: true });
  const report = async () => db.report.findUniqueOrThrow({ where: { id: reportId } });
  expect((await report()).status).toBe('CLOSED');
  return { db, reportId, trackingCode, description, report, move, version: async () => (await report()).version };
}
