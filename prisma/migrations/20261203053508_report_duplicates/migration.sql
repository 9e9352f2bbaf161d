-- AlterEnum
ALTER TYPE "Decision" ADD VALUE 'MARK_DUPLICATE';

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "duplicateOfId" UUID;

-- CreateIndex
CREATE INDEX "Report_duplicateOfId_idx" ON "Report"("duplicateOfId");

-- AddForeignKey
ALTER TABLE "Report" ADD CONSTRAINT "Report_duplicateOfId_fkey" FOREIGN KEY ("duplicateOfId") REFERENCES "Report"("id") ON DELETE SET NULL ON UPDATE CASCADE;
