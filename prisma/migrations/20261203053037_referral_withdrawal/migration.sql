-- AlterEnum
ALTER TYPE "Decision" ADD VALUE 'WITHDRAW_REFERRAL';

-- AlterEnum
ALTER TYPE "ReferralStatus" ADD VALUE 'WITHDRAWN';

-- AlterTable
ALTER TABLE "Referral" ADD COLUMN     "withdrawReason" TEXT,
ADD COLUMN     "withdrawnAt" TIMESTAMP(3);
