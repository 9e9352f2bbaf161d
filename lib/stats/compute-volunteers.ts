import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import { jalaliYearRange } from '@/lib/i18n/format';

/** The volunteer measures, in the order of the contract's VolunteerProvinceFigures (lib/annual-report/annual-figures.ts). */
export const VOLUNTEER_MEASURES = ['applications', 'approved', 'rejected', 'correctionRequested', 'cores', 'activeMembers'] as const;
export type VolunteerMeasure = (typeof VOLUNTEER_MEASURES)[number];

/** One province's volunteer figures, as counted. */
export type RawVolunteerProvince = { id: number; name: string; nameEn: string } & Record<VolunteerMeasure, number>;

const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

/**
 * Volunteers per province for a Jalali year (Tehran calendar), every province or one; one query, each measure a
 * correlated count per province (31 rows):
 * - applications: Member rows whose (latest) submission falls in the year (Member.submittedAt; a corrected
 *   application resubmitted counts once);
 * - approved / rejected: applications decided that way in the year (Member.decidedAt and the final status);
 * - correctionRequested: applications sent back for correction at least once in the year — vetting records each
 *   move as the audit event 'member.transition' with meta.to (lib/vetting/vet-application.ts), and the note sent
 *   with it is free text, never aggregated;
 * - cores: active cores now; activeMembers: APPROVED members whose account is ACTIVE now (not of the year: the
 *   tables keep no history of either).
 * A member without a province yet (a draft) belongs to none.
 */
export async function computeVolunteers(
  db: Db | Prisma.TransactionClient,
  { year, provinceId }: { year: number; provinceId?: number },
): Promise<RawVolunteerProvince[]> {
  const { start, end } = jalaliYearRange(year);
  const rows = await db.$queryRaw<({ id: number; name: string; nameEn: string } & Record<VolunteerMeasure, bigint>)[]>(Prisma.sql`
    SELECT p."id", p."name", p."nameEn",
      (SELECT count(*) FROM "Member" m WHERE m."provinceId" = p."id" AND m."submittedAt" >= ${start} AND m."submittedAt" < ${end}) AS applications,
      (SELECT count(*) FROM "Member" m WHERE m."provinceId" = p."id" AND m."status" = 'APPROVED' AND m."decidedAt" >= ${start} AND m."decidedAt" < ${end}) AS approved,
      (SELECT count(*) FROM "Member" m WHERE m."provinceId" = p."id" AND m."status" = 'REJECTED' AND m."decidedAt" >= ${start} AND m."decidedAt" < ${end}) AS rejected,
      (SELECT count(*) FROM "Member" m WHERE m."provinceId" = p."id" AND EXISTS (
        SELECT 1 FROM "AuditEvent" e WHERE e."action" = 'member.transition' AND e."objectType" = 'member' AND e."objectId" = m."id"::text
          AND e."meta"->>'to' = 'CORRECTION_REQUESTED' AND e."at" >= ${start} AND e."at" < ${end})) AS "correctionRequested",
      (SELECT count(*) FROM "Core" c WHERE c."provinceId" = p."id" AND c."active") AS cores,
      (SELECT count(*) FROM "Member" m JOIN "User" u ON u."id" = m."userId"
        WHERE m."provinceId" = p."id" AND m."status" = 'APPROVED' AND u."status" = 'ACTIVE') AS "activeMembers"
    FROM "Province" p WHERE ${provinceId === undefined ? Prisma.sql`TRUE` : Prisma.sql`p."id" = ${provinceId}`}
    ORDER BY p."id"`);
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    nameEn: r.nameEn,
    ...(Object.fromEntries(VOLUNTEER_MEASURES.map((k) => [k, n(r[k])])) as Record<VolunteerMeasure, number>),
  }));
}
