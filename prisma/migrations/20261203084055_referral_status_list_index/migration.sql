-- CreateIndex
CREATE INDEX "Referral_status_referredAt_id_idx" ON "Referral"("status", "referredAt" DESC, "id" DESC);
