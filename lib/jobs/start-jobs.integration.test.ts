import { afterAll, describe, expect, it } from 'vitest';
import { submitReport } from '@/lib/reports/submit-report';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { reportInput } from '@/lib/testing/reports';
import { REVIEW_STAGES } from '@/lib/workflow/transitions';
import { startJobs, type JobRunner } from './start-jobs';

let runner: JobRunner | null = null;
afterAll(async () => {
  await runner?.stop();
});

describe('background jobs', () => {
  it('run the deadline sweep through the queue of this database (pg-boss on PostgreSQL, in-process on PGlite)', async () => {
    const db = await seededDb();
    const { reportId } = await submitReport({ actor: null, input: reportInput({ provinceId: '20' }), files: [], rateKey: `jobs-${uniqueSuffix()}` });
    await db.report.update({ where: { id: reportId }, data: { stageDeadlineAt: new Date(Date.now() - 60_000) } });
    // The sweeps cover every report and referral in the database, and the other test files leave many overdue, each
    // reminding every member of staff above it: tens of thousands of messages, queued and sent before this test's
    // own (CI timed out at 120 s). What they left is set aside as already reminded and escalated, so the pass
    // handles this test's report; the sweeps' own rules are tested in lib/workflow/*-sweep.integration.test.ts.
    const setAside = new Date();
    await db.report.updateMany({
      where: { id: { not: reportId }, status: { in: [...REVIEW_STAGES] }, stageDeadlineAt: { lt: setAside } },
      data: { remindedAt: setAside, escalatedAt: setAside },
    });
    await db.referral.updateMany({ where: { status: { notIn: ['ACCEPTED', 'WITHDRAWN', 'DECLINED_NOT_RESPONSIBLE'] } }, data: { escalatedAt: setAside } });

    // Not the hourly public refresh: counting every figure would hold the embedded database for minutes.
    runner = await startJobs({ only: ['deadline-sweep', 'notify-deliver'] });
    expect(runner?.engine).toBe(process.env.DATABASE_URL ? 'pg-boss' : 'in-process');
    await runner!.trigger('deadline-sweep');
    await expect
      .poll(async () => (await db.report.findUniqueOrThrow({ where: { id: reportId } })).remindedAt, { timeout: 30_000, interval: 250 })
      .not.toBeNull();
    // The sweep delivered what it queued (the "log" providers in tests). Each pass drains at most 1,000 messages,
    // oldest first, and the other test files share this database's outbox: a pass is asked again until ours went.
    await expect
      .poll(
        async () => {
          const pending = await db.notification.count({ where: { body: { contains: reportId }, status: 'PENDING' } });
          if (pending > 0) await runner!.trigger('deadline-sweep');
          return pending;
        },
        { timeout: 60_000, interval: 1_000 },
      )
      .toBe(0);
  }, 120_000);
});
