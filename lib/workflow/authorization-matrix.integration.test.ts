// Every role × every workflow move × inside and outside its scope, against the real database:
// out of scope → NOT_FOUND (no existence leak), in scope but not theirs → FORBIDDEN, else it happens.
// Once referred, the report follows its referral's moves (lib/workflow/move-referral.ts); those steps of
// the path are referral moves, and the referral's own matrix is in move-referral.integration.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/authz';
import type { Db } from '@/lib/db/client';
import { submitReport } from '@/lib/reports/submit-report';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, createCore, reportInput } from '@/lib/testing/reports';
import { transitionReport } from './transition-report';
import { moveReferral } from './move-referral';
import type { ReferralAction } from './referral-transitions';
import { transitions, type ReportStatus, type WorkflowAction } from './transitions';

const IN_PROVINCE = 20;
const OUT_PROVINCE = 21;
const moves: WorkflowAction[] = ['approve', 'reject', 'return', 'requestInfo', 'refer', 'publish', 'unpublish'];
/** How to bring a member report to each state, move by move (a report move, or a move on its referral). */
const path: { status: ReportStatus; by: 'head' | 'province' | 'national' | 'agency'; action: WorkflowAction | { referral: ReferralAction } }[] = [
  { status: 'CORE_REVIEW', by: 'head', action: 'approve' },
  { status: 'PROVINCE_REVIEW', by: 'province', action: 'approve' },
  { status: 'NATIONAL_REVIEW', by: 'national', action: 'approve' },
  { status: 'APPROVED', by: 'national', action: 'refer' },
  { status: 'REFERRED', by: 'agency', action: { referral: 'acknowledge' } },
  { status: 'ACKNOWLEDGED', by: 'agency', action: { referral: 'respond' } },
  { status: 'RESPONDED', by: 'national', action: { referral: 'accept' } },
  { status: 'CLOSED', by: 'national', action: 'publish' },
];

/** What publishing (summaries) and unpublishing (a reason, the internal note) need besides the click. */
const PUBLICATION = {
  publicOutcome: 'گزارشی درباره خاموشی چراغ‌های یک خیابان رسید و دستگاه مسئول آن را رسیدگی کرد.',
  publicAnswer: 'دستگاه چراغ‌ها را تعمیر کرد.',
  internalNote: 'یادداشت داخلی',
};

type Cast = Record<string, { actor: Actor; sees: (status: ReportStatus) => boolean }>;

describe('authorization matrix', () => {
  let db: Db;
  let cast: Cast;
  let submitter: Actor;
  let movers: Record<'head' | 'province' | 'national' | 'agency', Actor>;
  let agencyId: string;
  let spareAgencyId: string;

  beforeAll(async () => {
    db = await seededDb();
    const [core, otherCore] = [await createCore(db, IN_PROVINCE), await createCore(db, OUT_PROVINCE)];
    const [agency, otherAgency] = await Promise.all([
      db.agency.findUniqueOrThrow({ where: { slug: 'inspection' } }),
      db.agency.findUniqueOrThrow({ where: { slug: 'health-ministry' } }),
    ]);
    agencyId = agency.id;
    // Referring again while the case is with an agency adds another one.
    spareAgencyId = (await db.agency.findUniqueOrThrow({ where: { slug: 'environment' } })).id;
    submitter = await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: IN_PROVINCE });
    movers = {
      head: await createActor(db, ['CORE_HEAD'], { coreId: core.id, provinceId: IN_PROVINCE }),
      province: await createActor(db, ['PROVINCE_STAFF'], { provinceId: IN_PROVINCE }),
      national: await createActor(db, ['NATIONAL_OFFICE']),
      agency: await createActor(db, ['AGENCY_LIAISON'], { agencyId: agency.id }),
    };
    const referred = (s: ReportStatus) => ['REFERRED', 'ACKNOWLEDGED', 'RESPONDED', 'CLOSED', 'PUBLISHED'].includes(s);
    cast = {
      'member of the same core': { actor: await createActor(db, ['MEMBER'], { coreId: core.id, provinceId: IN_PROVINCE }), sees: () => false },
      'core head, own core': { actor: movers.head, sees: () => true },
      'core head, other core': { actor: await createActor(db, ['CORE_HEAD'], { coreId: otherCore.id, provinceId: OUT_PROVINCE }), sees: () => false },
      'provincial staff, own province': { actor: movers.province, sees: () => true },
      'provincial staff, other province': { actor: await createActor(db, ['PROVINCE_STAFF'], { provinceId: OUT_PROVINCE }), sees: () => false },
      'national office': { actor: movers.national, sees: () => true },
      'agency liaison, referred agency': { actor: movers.agency, sees: referred },
      'agency liaison, other agency': { actor: await createActor(db, ['AGENCY_LIAISON'], { agencyId: otherAgency.id }), sees: () => false },
      'trainer, same province': { actor: await createActor(db, ['TRAINER'], { provinceId: IN_PROVINCE }), sees: () => false },
      // The system administrator reads no reports (lib/authz/scope.ts).
      admin: { actor: await createActor(db, ['ADMIN']), sees: () => false },
    };
  }, 120_000);

  async function reportAt(status: ReportStatus): Promise<{ id: string; version: number }> {
    const { reportId } = await submitReport({ actor: submitter, input: reportInput(), files: [], rateKey: `matrix-${uniqueSuffix()}` });
    let version = 1;
    for (const step of path) {
      if (step.status === status) break;
      if (typeof step.action === 'object') {
        const referral = await db.referral.findUniqueOrThrow({ where: { reportId_agencyId: { reportId, agencyId } } });
        await moveReferral({
          by: { kind: 'person', actor: movers[step.by] },
          referralId: referral.id,
          action: step.action.referral,
          version: referral.version,
          note: 'یادداشت',
          resolution: 'RESOLVED',
          confirmed: true,
        });
      } else
        await transitionReport({
          actor: movers[step.by],
          reportId,
          action: step.action,
          version,
          publicNote: 'یادداشت',
          agencyIds: [agencyId],
          confirmed: true,
          ...PUBLICATION,
        });
      version++;
    }
    return { id: reportId, version };
  }

  for (const { status } of [...path, { status: 'PUBLISHED' as ReportStatus }]) {
    it(`at ${status}: each role may make exactly its own moves, and only in scope`, async () => {
      const shared = await reportAt(status);
      const outcomes: string[] = [];
      for (const [who, { actor, sees }] of Object.entries(cast)) {
        for (const action of moves) {
          const rule = transitions.find((t) => t.from === status && t.action === action && actor.roles.includes(t.by as never));
          const expected = !sees(status) ? 'NOT_FOUND' : rule ? 'OK' : 'FORBIDDEN';
          // A move that succeeds changes the report, so it gets a fresh one.
          const report = expected === 'OK' ? await reportAt(status) : shared;
          const got = await transitionReport({
            actor,
            reportId: report.id,
            action,
            version: report.version,
            publicNote: 'یادداشت',
            agencyIds: [status === 'APPROVED' ? agencyId : spareAgencyId],
            confirmed: true,
            ...PUBLICATION,
          }).then(
            () => 'OK',
            (error: { code?: string }) => error.code ?? 'ERROR',
          );
          if (got !== expected) outcomes.push(`${who} ${action}: expected ${expected}, got ${got}`);
        }
      }
      expect(outcomes).toEqual([]);
    }, 120_000);
  }
});
