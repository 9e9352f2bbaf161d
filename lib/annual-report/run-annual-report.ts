import 'server-only';
import { createHash } from 'node:crypto';
import { toActor } from '@/lib/auth/actor';
import { trackingKey } from '@/lib/crypto/keys';
import { getDb, type Db } from '@/lib/db/client';
import { isAppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { localDigits } from '@/lib/i18n/format';
import { logUnexpected } from '@/lib/log/logger';
import { siteLink } from '@/lib/notify/templates';
import { getAnnualFigures } from '@/lib/stats/get-annual-figures';
import { getStorage } from '@/lib/storage';
import { renderAnnualReportPdfInChild } from './pdf/render-in-child';
import { sealVerifyCode } from './verify-code-seal';
import { generateVerifyCode, hashVerifyCode, normalizeVerifyCode } from './verification-code';

/** Where each stage starts and ends, in percent of the whole run (the list's progress bar). */
const STAGES = { figures: [10, 40], rendering: [40, 90], storing: [90, 100] } as const;
type Stage = keyof typeof STAGES;

/**
 * Why a run failed, as the staff list shows it (messages `annualReports.failure.*`): never a stack or a database
 * message. `INTERNAL` carries the log's error id ("INTERNAL:1a2b3c4d") so an administrator can find the details.
 */
export type AnnualReportFailure = 'ACCESS' | 'STUCK' | 'INTERNAL';

/**
 * One pass of the job: claims the oldest QUEUED annual report (UPDATE … FOR UPDATE SKIP LOCKED, so two workers never
 * take the same row) and makes it — 'figures' (10→40 %: getAnnualFigures as the requester, who must still hold the
 * access; the PDF is suppressed for every scope, it leaves Sajam), 'rendering' (40→90 %, from the renderer's
 * onProgress), 'storing' (90→100 %: lib/storage key annual-reports/<id>.pdf, the SHA-256 of exactly the stored
 * bytes) — then DONE with a new verification code (stored as a keyed hash, sealed for staff, last 4 as a hint).
 * On any error: FAILED with a safe reason (AnnualReportFailure), the error in the log (logUnexpected).
 * Returns the row it worked on and how it ended, or null when nothing was queued.
 */
export async function runAnnualReport({ now = () => new Date() }: { now?: () => Date } = {}): Promise<{ id: string; status: 'DONE' | 'FAILED' } | null> {
  const db = await getDb();
  const [claimed] = await db.$queryRaw<{ id: string; year: number; provinceId: number | null; agencyId: string | null; requestedById: string }[]>(Prisma.sql`
    UPDATE "AnnualReport" SET "status" = 'RUNNING', "stage" = 'figures', "percent" = ${STAGES.figures[0]}, "startedAt" = ${now()}
    WHERE "id" = (SELECT "id" FROM "AnnualReport" WHERE "status" = 'QUEUED' ORDER BY "createdAt", "id" LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING "id", "year", "provinceId", "agencyId", "requestedById"`);
  if (!claimed) return null;
  const { id } = claimed;

  try {
    const requester = await db.user.findFirst({
      where: { id: claimed.requestedById, status: 'ACTIVE' },
      select: { id: true, name: true, roles: true, provinceId: true, coreId: true, agencyId: true },
    });
    if (!requester) return await fail(db, id, 'ACCESS', now());
    const figures = await getAnnualFigures({
      actor: toActor(requester),
      year: claimed.year,
      provinceId: claimed.provinceId ?? undefined,
      agencyId: claimed.agencyId ?? undefined,
      suppressed: true,
      now: now(),
    });
    await progress(db, id, 'rendering', 0);

    const code = generateVerifyCode();
    const pdf = await renderAnnualReportPdfInChild({
      figures,
      locale: 'fa',
      verification: { code, url: siteLink(`/verify/report/${code}`) },
      generatedAt: now(),
      filterLabel: `${localDigits(claimed.year, 'fa')} · ${figures.scopeLabel.fa}`,
      onProgress: (_stage, percent) => progress(db, id, 'rendering', percent / 100),
    });
    await progress(db, id, 'storing', 0);

    const storageKey = `annual-reports/${id}.pdf`;
    const bytes = Buffer.from(pdf);
    await getStorage().put(storageKey, bytes, 'application/pdf');
    const normalized = normalizeVerifyCode(code)!;
    // Only while it is still this run's: a run the stuck sweep already failed stays FAILED, and its file goes.
    const { count } = await db.annualReport.updateMany({
      where: { id, status: 'RUNNING' },
      data: {
        status: 'DONE',
        stage: null,
        percent: 100,
        activeKey: null,
        storageKey,
        sha256: createHash('sha256').update(bytes).digest('hex'),
        byteSize: bytes.byteLength,
        verifyCodeHash: hashVerifyCode(normalized, trackingKey()),
        verifyCodeSealed: sealVerifyCode(code),
        finishedAt: now(),
      },
    });
    if (count === 0) {
      await getStorage().delete(storageKey);
      return { id, status: 'FAILED' };
    }
    return { id, status: 'DONE' };
  } catch (error) {
    if (isAppError(error) && (error.code === 'FORBIDDEN' || error.code === 'NOT_FOUND')) return fail(db, id, 'ACCESS', now());
    return fail(db, id, `INTERNAL:${logUnexpected(error, 'annual-report')}`, now());
  }
}

/**
 * Writes the stage and how far the run has come (`fraction` 0–1 of the stage's span) to the row: only forward (a
 * renderer that renders twice, for its table of contents, does not move the bar back), only when the whole percent
 * or the stage changes, and only while the row is still RUNNING (the sweep may have failed it meanwhile).
 */
async function progress(db: Db, id: string, stage: Stage, fraction: number): Promise<void> {
  const [from, to] = STAGES[stage];
  const percent = Math.round(from + (to - from) * Math.min(1, Math.max(0, fraction)));
  await db.annualReport.updateMany({
    where: { id, status: 'RUNNING', OR: [{ percent: { lt: percent } }, { stage: { not: stage } }], percent: { lte: percent } },
    data: { percent, stage },
  });
}

async function fail(db: Db, id: string, reason: AnnualReportFailure | `INTERNAL:${string}`, at: Date): Promise<{ id: string; status: 'FAILED' }> {
  await db.annualReport.updateMany({
    where: { id, status: 'RUNNING' },
    data: { status: 'FAILED', stage: null, activeKey: null, error: reason, finishedAt: at },
  });
  return { id, status: 'FAILED' };
}
