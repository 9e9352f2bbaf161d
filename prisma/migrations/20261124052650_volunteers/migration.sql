-- CreateEnum
CREATE TYPE "CheckKind" AS ENUM ('IDENTITY', 'INQUIRY');

-- CreateEnum
CREATE TYPE "CheckOutcome" AS ENUM ('PASS', 'FAIL');

-- AlterEnum
ALTER TYPE "ApplicationStatus" ADD VALUE 'CORRECTION_REQUESTED';

-- DropForeignKey
ALTER TABLE "Member" DROP CONSTRAINT "Member_provinceId_fkey";

-- DropIndex
DROP INDEX "User_mobile_key";

-- AlterTable
ALTER TABLE "Member" DROP COLUMN "nationalCode",
ADD COLUMN     "decidedAt" TIMESTAMP(3),
ADD COLUMN     "declaredAt" TIMESTAMP(3),
ADD COLUMN     "interests" TEXT[],
ADD COLUMN     "nationalCodeEnc" TEXT,
ADD COLUMN     "nationalCodeIndex" TEXT,
ADD COLUMN     "staffNote" TEXT,
ADD COLUMN     "submittedAt" TIMESTAMP(3),
ALTER COLUMN "provinceId" DROP NOT NULL;

-- AlterTable
ALTER TABLE "User" DROP COLUMN "mobile",
ADD COLUMN     "mobileEnc" TEXT,
ADD COLUMN     "mobileIndex" TEXT,
ADD COLUMN     "mobileVerifiedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "VettingCheck" (
    "id" UUID NOT NULL,
    "memberId" UUID NOT NULL,
    "kind" "CheckKind" NOT NULL,
    "provider" TEXT NOT NULL,
    "outcome" "CheckOutcome" NOT NULL,
    "reference" TEXT,
    "actorId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VettingCheck_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "MembershipSequence" (
    "provinceId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "last" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "MembershipSequence_pkey" PRIMARY KEY ("provinceId","year")
);

-- CreateTable
CREATE TABLE "OtpChallenge" (
    "id" UUID NOT NULL,
    "mobileIndex" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "codeHash" TEXT NOT NULL,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "consumedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "OtpChallenge_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "VettingCheck_memberId_createdAt_idx" ON "VettingCheck"("memberId", "createdAt");

-- CreateIndex
CREATE INDEX "OtpChallenge_mobileIndex_purpose_createdAt_idx" ON "OtpChallenge"("mobileIndex", "purpose", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Member_nationalCodeIndex_key" ON "Member"("nationalCodeIndex");

-- CreateIndex
CREATE UNIQUE INDEX "User_mobileIndex_key" ON "User"("mobileIndex");

-- AddForeignKey
ALTER TABLE "Member" ADD CONSTRAINT "Member_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VettingCheck" ADD CONSTRAINT "VettingCheck_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member"("id") ON DELETE CASCADE ON UPDATE CASCADE;
