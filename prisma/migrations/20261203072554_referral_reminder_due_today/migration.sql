-- DropIndex
DROP INDEX "ReferralEvent_referralId_kind_due_dueAt_key";

-- AlterTable
ALTER TABLE "ReferralEvent" ADD COLUMN     "dueToday" BOOLEAN NOT NULL DEFAULT false;

-- CreateIndex
CREATE UNIQUE INDEX "ReferralEvent_referralId_kind_due_dueAt_dueToday_key" ON "ReferralEvent"("referralId", "kind", "due", "dueAt", "dueToday");
