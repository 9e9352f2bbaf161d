-- CreateEnum
CREATE TYPE "NotificationChannel" AS ENUM ('SMS', 'EMAIL');

-- CreateEnum
CREATE TYPE "NotificationStatus" AS ENUM ('PENDING', 'SENT', 'FAILED');

-- AlterTable
ALTER TABLE "Report" ADD COLUMN     "escalatedAt" TIMESTAMP(3),
ADD COLUMN     "remindedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "Notification" (
    "id" UUID NOT NULL,
    "channel" "NotificationChannel" NOT NULL,
    "userId" UUID,
    "address" TEXT,
    "template" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "status" "NotificationStatus" NOT NULL DEFAULT 'PENDING',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "claimedAt" TIMESTAMP(3),
    "lastError" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sentAt" TIMESTAMP(3),

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Notification_dedupeKey_key" ON "Notification"("dedupeKey");

-- CreateIndex
CREATE INDEX "Notification_status_createdAt_idx" ON "Notification"("status", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_userId_createdAt_idx" ON "Notification"("userId", "createdAt");

-- Full-text search over what the reporter wrote (hand-written: Prisma cannot express these). The
-- 'simple' configuration, because PostgreSQL has no Persian stemmer; instead a light folding on both
-- sides: the application folds Arabic letter forms to Persian on the way in, the zero-width non-joiner
-- (نیم‌فاصله) is dropped, and the plural endings ها/های/هایی are cut, so «چراغ», «چراغ‌ها» and
-- «چراغهای» are one word. Whole words are matched (GIN prefix scans cost ten times more).
CREATE FUNCTION sajam_search_fold(lexeme TEXT) RETURNS TEXT
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN regexp_replace(lexeme, '(هایی|های|ها)$', '');

CREATE FUNCTION sajam_search_lexemes(body TEXT) RETURNS TEXT[]
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN ARRAY(
    SELECT DISTINCT f FROM (SELECT sajam_search_fold(lexeme) AS f FROM unnest(to_tsvector('simple'::regconfig, translate(body, U&'\200C', '')))) t
    WHERE f <> '' ORDER BY f);

CREATE FUNCTION sajam_report_search(description TEXT, place TEXT) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN array_to_tsvector(sajam_search_lexemes(description || ' ' || coalesce(place, '')));

-- What a search box asks for: every word, folded the same way; NULL when nothing searchable was typed.
CREATE FUNCTION sajam_search_query(q TEXT) RETURNS tsquery
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (SELECT string_agg(quote_literal(w), ' & ')::tsquery FROM unnest(sajam_search_lexemes(q)) w);
