-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "submissionToken" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Message_reportId_submissionToken_key" ON "Message"("reportId", "submissionToken");
