-- Full-text search reads a stored tsvector: checking a row is then a read, not a to_tsvector call
-- (40 µs a row on this machine), which made broad searches slow on a million reports.
-- Hand-written: Prisma cannot declare a generated column; it sees an ordinary tsvector column.
-- AlterTable
ALTER TABLE "Report" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (sajam_report_search("description", "placeDescription")) STORED;

-- CreateIndex
CREATE INDEX "Report_searchVector_idx" ON "Report" USING GIN ("searchVector");
