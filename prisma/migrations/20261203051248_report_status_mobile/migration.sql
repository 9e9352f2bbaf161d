-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "statusMobileEnc" TEXT;
