-- AlterTable
ALTER TABLE "Message" ADD COLUMN     "submissionToken" UUID;

-- CreateIndex
CREATE UNIQUE INDEX "Message_submissionToken_key" ON "Message"("submissionToken");
