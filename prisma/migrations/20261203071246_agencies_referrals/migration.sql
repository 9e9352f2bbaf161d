-- CreateEnum
CREATE TYPE "ReferralEventKind" AS ENUM ('REFERRED', 'ACKNOWLEDGED', 'PROGRESS', 'CLARIFICATION_REQUESTED', 'CLARIFIED', 'RELAYED_TO_REPORTER', 'RESPONDED', 'SENT_BACK', 'ACCEPTED', 'DECLINED_NOT_RESPONSIBLE', 'WITHDRAWN', 'REMINDED', 'ESCALATED', 'REOPENED_ON_APPEAL');

-- CreateEnum
CREATE TYPE "ReferralDue" AS ENUM ('ACKNOWLEDGE', 'ANSWER');

-- CreateEnum
CREATE TYPE "AgencyOutcome" AS ENUM ('FIXED', 'NO_FURTHER_ACTION');

-- CreateEnum
CREATE TYPE "AppealStatus" AS ENUM ('OPEN', 'DISMISSED', 'UPHELD');

-- AlterEnum
ALTER TYPE "Decision" ADD VALUE 'FOLLOW_REFERRALS';

-- AlterEnum (hand-edited: the closed referrals of before become accepted ones; the generated SQL altered
-- ReferralEvent's columns before creating the table)
BEGIN;
CREATE TYPE "ReferralStatus_new" AS ENUM ('PENDING', 'ACKNOWLEDGED', 'CLARIFICATION_REQUESTED', 'RESPONDED', 'SENT_BACK', 'ACCEPTED', 'DECLINED_NOT_RESPONSIBLE', 'WITHDRAWN');
ALTER TABLE "public"."Referral" ALTER COLUMN "status" DROP DEFAULT;
ALTER TABLE "Referral" ALTER COLUMN "status" TYPE "ReferralStatus_new" USING ((CASE WHEN "status"::text = 'CLOSED' THEN 'ACCEPTED' ELSE "status"::text END)::"ReferralStatus_new");
ALTER TYPE "ReferralStatus" RENAME TO "ReferralStatus_old";
ALTER TYPE "ReferralStatus_new" RENAME TO "ReferralStatus";
DROP TYPE "public"."ReferralStatus_old";
ALTER TABLE "Referral" ALTER COLUMN "status" SET DEFAULT 'PENDING';
COMMIT;

-- DropIndex
DROP INDEX "Referral_reportId_idx";

-- AlterTable
ALTER TABLE "Agency" ADD COLUMN     "acknowledgeDays" INTEGER,
ADD COLUMN     "answerDays" INTEGER;

-- AlterTable
ALTER TABLE "Attachment" ADD COLUMN     "referralEventId" UUID;

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "acceptedAt" TIMESTAMP(3),
ADD COLUMN     "acknowledgeDueAt" TIMESTAMP(3),
ADD COLUMN     "agencyOutcome" "AgencyOutcome",
ADD COLUMN     "answerDueAt" TIMESTAMP(3),
ADD COLUMN     "coveringNote" TEXT,
ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "resolution" "Resolution",
ADD COLUMN     "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- Hand-edited: the old single due date was the answer's; keep it before dropping the column.
UPDATE "Referral" SET "answerDueAt" = "dueAt", "acceptedAt" = CASE WHEN "status" = 'ACCEPTED' THEN "respondedAt" END;
ALTER TABLE "Referral" DROP COLUMN "dueAt";

-- Hand-edited: one referral per report and agency. Before, re-referring after a withdrawal added a row;
-- keep the newest of each pair.
DELETE FROM "Referral" a USING "Referral" b
 WHERE a."reportId" = b."reportId" AND a."agencyId" = b."agencyId" AND (a."referredAt", a."id") < (b."referredAt", b."id");

-- CreateTable
CREATE TABLE "AgencyCategory" (
    "agencyId" UUID NOT NULL,
    "categoryId" INTEGER NOT NULL,

    CONSTRAINT "AgencyCategory_pkey" PRIMARY KEY ("agencyId","categoryId")
);

-- CreateTable
CREATE TABLE "ApiKey" (
    "id" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "label" TEXT NOT NULL,
    "prefix" TEXT NOT NULL,
    "secretHash" TEXT NOT NULL,
    "ratePerMinute" INTEGER NOT NULL DEFAULT 60,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "lastUsedAt" TIMESTAMP(3),
    "revokedAt" TIMESTAMP(3),

    CONSTRAINT "ApiKey_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReferralEvent" (
    "id" UUID NOT NULL,
    "referralId" UUID NOT NULL,
    "agencyId" UUID NOT NULL,
    "kind" "ReferralEventKind" NOT NULL,
    "fromStatus" "ReferralStatus",
    "toStatus" "ReferralStatus",
    "note" TEXT,
    "agencyStatus" TEXT,
    "updateId" TEXT,
    "due" "ReferralDue",
    "dueAt" TIMESTAMP(3),
    "actorId" UUID,
    "apiKeyId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ReferralEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ReportRating" (
    "id" UUID NOT NULL,
    "reportId" UUID NOT NULL,
    "satisfied" BOOLEAN NOT NULL,
    "comment" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appealStatus" "AppealStatus",
    "appealNote" TEXT,
    "appealDecidedAt" TIMESTAMP(3),
    "appealDecidedById" UUID,

    CONSTRAINT "ReportRating_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AgencyCategory_categoryId_idx" ON "AgencyCategory"("categoryId");

-- CreateIndex
CREATE UNIQUE INDEX "ApiKey_prefix_key" ON "ApiKey"("prefix");

-- CreateIndex
CREATE INDEX "ApiKey_agencyId_idx" ON "ApiKey"("agencyId");

-- CreateIndex
CREATE INDEX "ReferralEvent_referralId_createdAt_idx" ON "ReferralEvent"("referralId", "createdAt");

-- CreateIndex
CREATE INDEX "ReferralEvent_agencyId_createdAt_idx" ON "ReferralEvent"("agencyId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralEvent_referralId_updateId_key" ON "ReferralEvent"("referralId", "updateId");

-- CreateIndex
CREATE UNIQUE INDEX "ReferralEvent_referralId_kind_due_dueAt_key" ON "ReferralEvent"("referralId", "kind", "due", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "ReportRating_reportId_key" ON "ReportRating"("reportId");

-- CreateIndex
CREATE INDEX "ReportRating_appealStatus_createdAt_idx" ON "ReportRating"("appealStatus", "createdAt");

-- CreateIndex
CREATE INDEX "Attachment_referralEventId_idx" ON "Attachment"("referralEventId");

-- CreateIndex
CREATE INDEX "Referral_agencyId_referredAt_id_idx" ON "Referral"("agencyId", "referredAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Referral_agencyId_updatedAt_idx" ON "Referral"("agencyId", "updatedAt");

-- CreateIndex
CREATE INDEX "Referral_status_acknowledgeDueAt_idx" ON "Referral"("status", "acknowledgeDueAt");

-- CreateIndex
CREATE INDEX "Referral_status_answerDueAt_idx" ON "Referral"("status", "answerDueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Referral_reportId_agencyId_key" ON "Referral"("reportId", "agencyId");

-- AddForeignKey
ALTER TABLE "AgencyCategory" ADD CONSTRAINT "AgencyCategory_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AgencyCategory" ADD CONSTRAINT "AgencyCategory_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ApiKey" ADD CONSTRAINT "ApiKey_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReferralEvent" ADD CONSTRAINT "ReferralEvent_referralId_fkey" FOREIGN KEY ("referralId") REFERENCES "Referral"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ReportRating" ADD CONSTRAINT "ReportRating_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Attachment" ADD CONSTRAINT "Attachment_referralEventId_fkey" FOREIGN KEY ("referralEventId") REFERENCES "ReferralEvent"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-edited: the history of the referrals made before this migration, from their timestamps.
INSERT INTO "ReferralEvent" ("id", "referralId", "agencyId", "kind", "toStatus", "createdAt")
SELECT gen_random_uuid(), "id", "agencyId", 'REFERRED', 'PENDING', "referredAt" FROM "Referral";
INSERT INTO "ReferralEvent" ("id", "referralId", "agencyId", "kind", "fromStatus", "toStatus", "createdAt")
SELECT gen_random_uuid(), "id", "agencyId", 'ACKNOWLEDGED', 'PENDING', 'ACKNOWLEDGED', "acknowledgedAt" FROM "Referral" WHERE "acknowledgedAt" IS NOT NULL;
INSERT INTO "ReferralEvent" ("id", "referralId", "agencyId", "kind", "fromStatus", "toStatus", "note", "createdAt")
SELECT gen_random_uuid(), "id", "agencyId", 'RESPONDED', 'ACKNOWLEDGED', 'RESPONDED', "response", "respondedAt" FROM "Referral" WHERE "respondedAt" IS NOT NULL;
INSERT INTO "ReferralEvent" ("id", "referralId", "agencyId", "kind", "fromStatus", "toStatus", "note", "createdAt")
SELECT gen_random_uuid(), "id", "agencyId", 'WITHDRAWN', 'PENDING', 'WITHDRAWN', "withdrawReason", "withdrawnAt" FROM "Referral" WHERE "withdrawnAt" IS NOT NULL;
