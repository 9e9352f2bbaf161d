-- AlterTable
ALTER TABLE "AnnualReport" DROP COLUMN "verifyHint";

-- A report's scope names its province or agency, and only that (issue #17 review): a PROVINCE row without a province
-- would be made as the country's report. Prisma's schema cannot state a CHECK; the data layer writes only these shapes.
ALTER TABLE "AnnualReport" ADD CONSTRAINT "AnnualReport_scope_target_check" CHECK (
  ("scope" = 'NATIONAL' AND "provinceId" IS NULL AND "agencyId" IS NULL)
  OR ("scope" = 'PROVINCE' AND "provinceId" IS NOT NULL AND "agencyId" IS NULL)
  OR ("scope" = 'AGENCY' AND "agencyId" IS NOT NULL AND "provinceId" IS NULL)
);
