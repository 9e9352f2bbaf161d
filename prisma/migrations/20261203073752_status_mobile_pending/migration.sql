-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "statusMobilePendingEnc" TEXT;
