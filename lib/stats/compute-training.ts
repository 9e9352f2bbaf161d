import 'server-only';
import type { Db } from '@/lib/db/client';
import { Prisma } from '@/lib/generated/prisma/client';
import {
  completionOf,
  completionPercent,
  type CertifiedMembers,
  type CoreCompletion,
  type GroupCompletion,
  type ProvinceCompletion,
  type RawCertifiedProvince,
  type TrainingScope,
} from './training-figures';
import { trainingScopeSql } from './training-scope';

type Reader = Db | Prisma.TransactionClient;
const n = (v: bigint | number | null | undefined) => Number(v ?? 0);

/**
 * The basic course as SQL over a Course alias: the course whose slug is the setting `trainingCourse`
 * (lib/settings), or — with no such setting, or one naming no course — every member-audience course.
 */
function basicCourseSql(k: Prisma.Sql, slug: string | null): Prisma.Sql {
  const anyMemberCourse = Prisma.sql`${k}."audience" = 'MEMBER'`;
  if (slug === null) return anyMemberCourse;
  return Prisma.sql`(${k}."slug" = ${slug} OR (${anyMemberCourse} AND NOT EXISTS (SELECT 1 FROM "Course" bk WHERE bk."slug" = ${slug})))`;
}

/**
 * Exact training completion for a scope (staff figures, never suppressed; issue #18). Three set-based queries, each
 * grouped in the database, scoped through trainingScopeSql (lib/stats/training-scope.ts).
 *
 * Definitions (docs/architecture.md, "Training"):
 * - An enrollment is complete when `completedAt` is set. A learner's course counts once however often they
 *   enrolled in it (renewals start new enrollments): it is complete when any of their enrollments in it is.
 * - groups: every group in reach (a trainer's own, a province's, all), with the learners enrolled through it
 *   (Enrollment.groupId) and how many of them completed; a group nobody has enrolled through yet shows 0 and no rate.
 * - cores and provinces: learners of member-audience courses (Course.audience MEMBER), counted per learner and
 *   course, placed by Member.coreId / Member.provinceId, else User.coreId / User.provinceId. Cores are listed when
 *   they have a learner; provinces all (national), the one (province staff), or those with a learner (a trainer).
 *
 * Errors: none of its own (a database failure propagates).
 */
export async function computeTraining(
  db: Reader,
  { scope }: { scope: TrainingScope },
): Promise<{ groups: GroupCompletion[]; cores: CoreCompletion[]; provinces: ProvinceCompletion[] }> {
  const s = trainingScopeSql(scope);
  const groups = await db.$queryRaw<
    {
      id: string;
      name: string;
      kind: 'MEMBERS' | 'TRAINERS';
      course: string | null;
      provinceName: string | null;
      provinceNameEn: string | null;
      enrolled: bigint;
      completed: bigint;
    }[]
  >(Prisma.sql`
    SELECT g."id", g."name", g."kind"::text AS "kind", p."name" AS "provinceName", p."nameEn" AS "provinceNameEn",
      (SELECT v."title" FROM "CourseVersion" v WHERE v."courseId" = g."courseId"
        ORDER BY v."publishedAt" IS NULL, v."version" DESC LIMIT 1) AS "course",
      count(DISTINCT e."userId") AS "enrolled",
      count(DISTINCT e."userId") FILTER (WHERE e."completedAt" IS NOT NULL) AS "completed"
    FROM "TrainingGroup" g
    LEFT JOIN "Province" p ON p."id" = g."provinceId"
    LEFT JOIN "Enrollment" e ON e."groupId" = g."id" AND ${s.enrollment(Prisma.sql`e`)}
    WHERE ${s.group(Prisma.sql`g`)}
    GROUP BY g."id", p."id"
    ORDER BY p."id" NULLS FIRST, g."createdAt", g."id"`);

  // One row per learner and member-audience course in reach, placed where the learner belongs.
  const learners = Prisma.sql`
    WITH pairs AS (
      SELECT e."userId", e."courseId", bool_or(e."completedAt" IS NOT NULL) AS "done"
      FROM "Enrollment" e JOIN "Course" k ON k."id" = e."courseId" AND k."audience" = 'MEMBER'
      WHERE ${s.enrollment(Prisma.sql`e`)}
      GROUP BY e."userId", e."courseId"
    ), placed AS (
      SELECT pr."done", COALESCE(m."coreId", u."coreId") AS "coreId", COALESCE(m."provinceId", u."provinceId") AS "provinceId"
      FROM pairs pr JOIN "User" u ON u."id" = pr."userId" LEFT JOIN "Member" m ON m."userId" = pr."userId"
    )`;
  const inProvince = s.province(Prisma.sql`pl."provinceId"`);
  const cores = await db.$queryRaw<
    { id: string; name: string; provinceName: string; provinceNameEn: string; enrolled: bigint; completed: bigint }[]
  >(Prisma.sql`${learners}
    SELECT c."id", c."name", p."name" AS "provinceName", p."nameEn" AS "provinceNameEn",
      count(*) AS "enrolled", count(*) FILTER (WHERE pl."done") AS "completed"
    FROM placed pl JOIN "Core" c ON c."id" = pl."coreId" JOIN "Province" p ON p."id" = c."provinceId"
    WHERE ${inProvince}
    GROUP BY c."id", p."id"
    ORDER BY p."id", c."name"`);
  const provinces = await db.$queryRaw<{ id: number; name: string; nameEn: string; enrolled: bigint; completed: bigint }[]>(Prisma.sql`${learners},
    counted AS (
      SELECT pl."provinceId", count(*) AS "enrolled", count(*) FILTER (WHERE pl."done") AS "completed"
      FROM placed pl WHERE pl."provinceId" IS NOT NULL AND ${inProvince} GROUP BY pl."provinceId"
    )
    SELECT p."id", p."name", p."nameEn", COALESCE(ct."enrolled", 0) AS "enrolled", COALESCE(ct."completed", 0) AS "completed"
    FROM "Province" p LEFT JOIN counted ct ON ct."provinceId" = p."id"
    WHERE ${s.province(Prisma.sql`p."id"`)} AND ${scope.kind === 'trainer' ? Prisma.sql`ct."provinceId" IS NOT NULL` : Prisma.sql`TRUE`}
    ORDER BY p."id"`);

  return {
    groups: groups.map((g) => ({
      id: g.id,
      name: g.name,
      kind: g.kind,
      course: g.course ?? '',
      province: g.provinceName === null ? null : { name: g.provinceName, nameEn: g.provinceNameEn ?? '' },
      ...completionOf({ enrolled: n(g.enrolled), completed: n(g.completed) }),
    })),
    cores: cores.map((c) => ({
      id: c.id,
      name: c.name,
      province: { name: c.provinceName, nameEn: c.provinceNameEn },
      ...completionOf({ enrolled: n(c.enrolled), completed: n(c.completed) }),
    })),
    provinces: provinces.map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn, ...completionOf({ enrolled: n(p.enrolled), completed: n(p.completed) }) })),
  };
}

/**
 * Approved members holding a valid certificate of the basic course at the instant `at`, per province (one grouped
 * query). Used live (`at` = now: the dashboards) and for a year (`at` = the start of Farvardin 1 of the next year in
 * Tehran, jalaliYearRange(year).end: the annual report's volunteers section).
 *
 * - approved: Member.status APPROVED, approved before `at` (Member.decidedAt; a row without one by its createdAt).
 *   The status is today's: the tables keep no history of a member leaving.
 * - holds a valid certificate at `at`: a Certificate of any version of the basic course (basicCourseSql), issued
 *   before `at`, expiring after it (expiresAt > at), and not revoked by then (revokedAt null or after `at`).
 * - basicCourse: the setting `trainingCourse` (lib/settings) — null or naming no course means any member-audience
 *   course.
 * - province: Member.provinceId. A trainer's scope counts only the approved members enrolled through their groups,
 *   and only certificates earned through them.
 */
export async function countCertifiedMembers(
  db: Reader,
  { scope, at, basicCourse }: { scope: TrainingScope; at: Date; basicCourse: string | null },
): Promise<RawCertifiedProvince[]> {
  const s = trainingScopeSql(scope);
  const rows = await db.$queryRaw<{ provinceId: number; approved: bigint; certified: bigint }[]>(Prisma.sql`
    SELECT m."provinceId", count(*) AS "approved",
      count(*) FILTER (WHERE EXISTS (
        SELECT 1 FROM "Certificate" ct
        JOIN "CourseVersion" v ON v."id" = ct."versionId"
        JOIN "Course" k ON k."id" = v."courseId"
        JOIN "Enrollment" e ON e."id" = ct."enrollmentId"
        WHERE ct."userId" = m."userId" AND ${basicCourseSql(Prisma.sql`k`, basicCourse)}
          AND ct."issuedAt" < ${at} AND ct."expiresAt" > ${at} AND (ct."revokedAt" IS NULL OR ct."revokedAt" > ${at})
          AND ${s.enrollment(Prisma.sql`e`)})) AS "certified"
    FROM "Member" m
    WHERE m."status" = 'APPROVED' AND COALESCE(m."decidedAt", m."createdAt") < ${at} AND m."provinceId" IS NOT NULL
      AND ${s.province(Prisma.sql`m."provinceId"`)} AND ${s.learner(Prisma.sql`m."userId"`)}
    GROUP BY m."provinceId"
    ORDER BY m."provinceId"`);
  return rows.map((r) => ({ provinceId: r.provinceId, approved: n(r.approved), certified: n(r.certified) }));
}

/** The provinces' counts as one share (exact). */
export function certifiedOf(rows: readonly RawCertifiedProvince[]): CertifiedMembers {
  const approved = rows.reduce((a, r) => a + r.approved, 0);
  const certified = rows.reduce((a, r) => a + r.certified, 0);
  return { approved, certified, percent: completionPercent(certified, approved) };
}
