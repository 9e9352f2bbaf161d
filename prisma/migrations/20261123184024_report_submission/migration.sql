-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "resumeStatus" "ReportStatus",
ADD COLUMN     "submissionKeyHash" TEXT,
ADD COLUMN     "trackingCodeSealed" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Report_submissionKeyHash_key" ON "Report"("submissionKeyHash");
