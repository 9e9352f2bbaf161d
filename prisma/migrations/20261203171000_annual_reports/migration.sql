-- The annual report's requests and documents (issue #17): lib/annual-report. activeKey is set while a request is
-- QUEUED or RUNNING and cleared after, so its unique index allows one request in progress per scope and year.
-- CreateEnum
CREATE TYPE "AnnualReportScope" AS ENUM ('NATIONAL', 'PROVINCE', 'AGENCY');

-- CreateEnum
CREATE TYPE "AnnualReportStatus" AS ENUM ('QUEUED', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "AnnualReport" (
    "id" UUID NOT NULL,
    "year" INTEGER NOT NULL,
    "scope" "AnnualReportScope" NOT NULL,
    "provinceId" INTEGER,
    "agencyId" UUID,
    "requestedById" UUID NOT NULL,
    "status" "AnnualReportStatus" NOT NULL DEFAULT 'QUEUED',
    "stage" TEXT,
    "percent" INTEGER NOT NULL DEFAULT 0,
    "activeKey" TEXT,
    "storageKey" TEXT,
    "sha256" TEXT,
    "byteSize" INTEGER,
    "verifyCodeHash" TEXT,
    "verifyCodeSealed" TEXT,
    "verifyHint" TEXT,
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "startedAt" TIMESTAMP(3),
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "AnnualReport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_activeKey_key" ON "AnnualReport"("activeKey");

-- CreateIndex
CREATE UNIQUE INDEX "AnnualReport_verifyCodeHash_key" ON "AnnualReport"("verifyCodeHash");

-- CreateIndex
CREATE INDEX "AnnualReport_status_createdAt_idx" ON "AnnualReport"("status", "createdAt");

-- CreateIndex
CREATE INDEX "AnnualReport_provinceId_createdAt_idx" ON "AnnualReport"("provinceId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AnnualReport_createdAt_idx" ON "AnnualReport"("createdAt" DESC);

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_agencyId_fkey" FOREIGN KEY ("agencyId") REFERENCES "Agency"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
