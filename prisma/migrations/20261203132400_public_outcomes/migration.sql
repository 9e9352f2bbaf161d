-- Public outcomes and the public statistics snapshot (issue #16). searchVector is generated (hand-edited:
-- Prisma writes it as a default), folded the same way as the report search (migration search_fold).
-- AlterEnum
ALTER TYPE "Decision" ADD VALUE 'UNPUBLISH';

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "publicAnswer" TEXT;

-- CreateTable
CREATE TABLE "PublicOutcome" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "reportId" UUID NOT NULL,
    "seq" SERIAL NOT NULL,
    "kind" "ReportKind" NOT NULL,
    "categoryId" INTEGER NOT NULL,
    "provinceId" INTEGER NOT NULL,
    "countyId" INTEGER,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "summary" TEXT NOT NULL,
    "answerSummary" TEXT NOT NULL,
    "resolution" "Resolution",
    "satisfied" BOOLEAN,
    "agencyIds" UUID[],
    "referredOn" DATE,
    "acknowledgedOn" DATE,
    "answeredOn" DATE,
    "acceptedOn" DATE,
    "publishedOn" DATE NOT NULL,
    "searchVector" tsvector GENERATED ALWAYS AS (sajam_report_search("summary", "answerSummary")) STORED,

    CONSTRAINT "PublicOutcome_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "StatsSnapshot" (
    "scope" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "data" JSONB NOT NULL,
    "refreshedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "StatsSnapshot_pkey" PRIMARY KEY ("scope","year")
);

-- CreateIndex
CREATE UNIQUE INDEX "PublicOutcome_reportId_key" ON "PublicOutcome"("reportId");

-- CreateIndex
CREATE UNIQUE INDEX "PublicOutcome_seq_key" ON "PublicOutcome"("seq");

-- CreateIndex
CREATE INDEX "PublicOutcome_provinceId_seq_idx" ON "PublicOutcome"("provinceId", "seq" DESC);

-- CreateIndex
CREATE INDEX "PublicOutcome_categoryId_seq_idx" ON "PublicOutcome"("categoryId", "seq" DESC);

-- CreateIndex
CREATE INDEX "PublicOutcome_year_seq_idx" ON "PublicOutcome"("year", "seq" DESC);

-- CreateIndex
CREATE INDEX "PublicOutcome_resolution_seq_idx" ON "PublicOutcome"("resolution", "seq" DESC);

-- CreateIndex
CREATE INDEX "PublicOutcome_agencyIds_idx" ON "PublicOutcome" USING GIN ("agencyIds");

-- CreateIndex
CREATE INDEX "PublicOutcome_searchVector_idx" ON "PublicOutcome" USING GIN ("searchVector");

-- AddForeignKey
ALTER TABLE "PublicOutcome" ADD CONSTRAINT "PublicOutcome_reportId_fkey" FOREIGN KEY ("reportId") REFERENCES "Report"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOutcome" ADD CONSTRAINT "PublicOutcome_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "Category"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOutcome" ADD CONSTRAINT "PublicOutcome_provinceId_fkey" FOREIGN KEY ("provinceId") REFERENCES "Province"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PublicOutcome" ADD CONSTRAINT "PublicOutcome_countyId_fkey" FOREIGN KEY ("countyId") REFERENCES "County"("id") ON DELETE SET NULL ON UPDATE CASCADE;
