-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "assigneeId" UUID,
ADD COLUMN     "caseNumber" TEXT;

-- CreateTable
CREATE TABLE "CaseSequence" (
    "provinceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "CaseSequence_pkey" PRIMARY KEY ("provinceId","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "Report_caseNumber_key" ON "Report"("caseNumber");

-- CreateIndex
CREATE INDEX "Report_assigneeId_status_idx" ON "Report"("assigneeId", "status");

-- CreateIndex
CREATE INDEX "Report_provinceId_status_stageDeadlineAt_id_idx" ON "Report"("provinceId", "status", "stageDeadlineAt", "id");

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Backfill: reports made before case numbers get one, in submission order per province and Jalali year.
-- The year here takes Nowruz as 21 March in Tehran (a day off in the years it fell on the 20th, for
-- reports of that one day); every new number comes from lib/reports/case-number.ts and the exact calendar.
WITH numbered AS (
  SELECT r."id", r."provinceId", y.jy,
         row_number() OVER (PARTITION BY r."provinceId", y.jy ORDER BY r."submittedAt", r."id") AS n
  FROM "Report" r
  CROSS JOIN LATERAL (
    SELECT (r."submittedAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Asia/Tehran') AS local
  ) t
  CROSS JOIN LATERAL (
    SELECT (extract(year FROM t.local)::int - CASE WHEN to_char(t.local, 'MMDD') >= '0321' THEN 621 ELSE 622 END) AS jy
  ) y
  WHERE r."caseNumber" IS NULL
)
UPDATE "Report" r
SET "caseNumber" = numbered.jy || '-' || p."code" || '-' || lpad(numbered.n::text, greatest(5, length(numbered.n::text)), '0')
FROM numbered JOIN "Province" p ON p."id" = numbered."provinceId"
WHERE r."id" = numbered."id";

INSERT INTO "CaseSequence" ("provinceId", "year", "last")
SELECT "provinceId", split_part("caseNumber", '-', 1)::int, max(split_part("caseNumber", '-', 3)::int)
FROM "Report" WHERE "caseNumber" IS NOT NULL
GROUP BY 1, 2
ON CONFLICT ("provinceId", "year") DO UPDATE SET "last" = GREATEST("CaseSequence"."last", EXCLUDED."last");
