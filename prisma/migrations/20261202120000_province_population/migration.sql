-- Each province's population at the 1395 (2016) national census of the Statistical Centre of Iran
-- (79,926,270 in all; prisma/seed-data.ts cites the source). Existing rows get 0 here and their figure
-- from the next `npm run db:seed`, which deployments run after migrating; no default afterwards, so a
-- province is never created without one.
-- AlterTable
ALTER TABLE "Province" ADD COLUMN "population" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "Province" ALTER COLUMN "population" DROP DEFAULT;
