-- DropIndex
DROP INDEX "Report_coreId_status_submittedAt_id_idx";

-- DropIndex
DROP INDEX "Report_provinceId_status_submittedAt_id_idx";

-- DropIndex
DROP INDEX "Report_status_submittedAt_id_idx";

-- CreateIndex
CREATE INDEX "Report_provinceId_status_submittedAt_id_idx" ON "Report"("provinceId", "status", "submittedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Report_coreId_status_submittedAt_id_idx" ON "Report"("coreId", "status", "submittedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Report_status_submittedAt_id_idx" ON "Report"("status", "submittedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Report_provinceId_submittedAt_id_idx" ON "Report"("provinceId", "submittedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Report_coreId_submittedAt_id_idx" ON "Report"("coreId", "submittedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Report_submittedAt_id_idx" ON "Report"("submittedAt" DESC, "id" DESC);
