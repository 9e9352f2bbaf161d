-- DropIndex
DROP INDEX "Member_nationalCodeIndex_key";

-- AlterTable
ALTER TABLE "OtpChallenge" ADD COLUMN     "userId" UUID;

-- CreateIndex
CREATE INDEX "Member_nationalCodeIndex_idx" ON "Member"("nationalCodeIndex");
