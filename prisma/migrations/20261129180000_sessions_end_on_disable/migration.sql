-- A session ends whenever its account is disabled or its password changes, by whatever path: a use
-- case (which also calls revokeUserSessions and audits it), an admin script, or an operator's SQL.
-- Before this, re-enabling a disabled account brought its old cookies back to life (issue #9, outside
-- test). Triggers are not part of schema.prisma, so the drift check ignores them.
CREATE OR REPLACE FUNCTION sajam_end_sessions_on_account_change()
RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW."status" = 'DISABLED' AND OLD."status" IS DISTINCT FROM 'DISABLED' THEN
    UPDATE "Session" SET "revokedAt" = now(), "revokedReason" = 'DISABLED'
    WHERE "userId" = NEW."id" AND "revokedAt" IS NULL;
  ELSIF NEW."passwordHash" IS DISTINCT FROM OLD."passwordHash" THEN
    UPDATE "Session" SET "revokedAt" = now(), "revokedReason" = 'PASSWORD_CHANGED'
    WHERE "userId" = NEW."id" AND "revokedAt" IS NULL;
  END IF;
  RETURN NEW;
END
$$;

DROP TRIGGER IF EXISTS sajam_end_sessions_on_account_change ON "User";
CREATE TRIGGER sajam_end_sessions_on_account_change
AFTER UPDATE OF "status", "passwordHash" ON "User"
FOR EACH ROW EXECUTE FUNCTION sajam_end_sessions_on_account_change();
