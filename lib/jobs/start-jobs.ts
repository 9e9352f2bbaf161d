import 'server-only';
import { logUnexpected } from '@/lib/log/logger';
import { deleteEndedSessions } from '@/lib/auth/delete-ended-sessions';
import { getEnv, isEmbeddedDatabase } from '@/lib/env';
import { refreshPublicFigures } from '@/lib/stats/refresh-public';
import { remindExpiringCertificates } from '@/lib/training/certificates/remind-expiring-certificates';
import { drainOutbox, runAnnualReportJob, runDeadlineJob } from './run-jobs';

/** `atStart`: also run once right after the server starts (in-process every job does; on pg-boss only these). */
export const JOBS = {
  'deadline-sweep': { cron: '*/5 * * * *', everyMs: 5 * 60_000, run: () => runDeadlineJob() },
  'notify-deliver': { cron: '* * * * *', everyMs: 30_000, run: () => drainOutbox() },
  'session-cleanup': { cron: '17 3 * * *', everyMs: 24 * 60 * 60_000, run: () => deleteEndedSessions() },
  // The public statistics (issue #16): hourly, never live, so a count does not move with each submission; at start
  // too, so a new deployment's /stats is not empty for an hour.
  'public-refresh': { cron: '7 * * * *', everyMs: 60 * 60_000, run: () => refreshPublicFigures(), atStart: true },
  // The annual report (issue #17): triggered by each request; every minute too, for a request whose trigger was lost
  // and to fail runs a crashed server left RUNNING.
  'annual-report': { cron: '* * * * *', everyMs: 60_000, run: () => runAnnualReportJob() },
  // Certificates about to expire (issue #18): daily at 05:41 UTC (09:11 in Tehran, read in the morning), 30 and 7 days
  // before; the outbox's own job sends the messages.
  'certificate-reminders': { cron: '41 5 * * *', everyMs: 24 * 60 * 60_000, run: () => remindExpiringCertificates() },
} as const satisfies Record<string, { cron: string; everyMs: number; run: () => Promise<unknown>; atStart?: true }>;

export type JobName = keyof typeof JOBS;

export type JobRunner = {
  engine: 'pg-boss' | 'in-process';
  /** Runs a job soon (through the queue on PostgreSQL), e.g. delivery right after an OTP is queued. */
  trigger(name: JobName): Promise<void>;
  stop(): Promise<void>;
};

let runner: Promise<JobRunner | null> | undefined;

/**
 * Starts the background jobs in this server process, once. On PostgreSQL they run through pg-boss (a
 * queue in the same database, schema "pgboss"): a schedule fires once per cluster however many app
 * instances run, and a failed run is retried. The embedded database serves one process, so there
 * timers run the same jobs in-process. SAJAM_JOBS=off leaves them to `npm run jobs:run` (cron).
 * `boot`: the server's own start (instrumentation.ts): only then does anything run right away (in-process every
 * job, 5 s after start; on pg-boss the `atStart` ones). Anything else that starts the runner first — a one-time code
 * sent through kickDelivery — gets the schedule only: a code asked for must not set off the deadline sweep (which on
 * a large database queues thousands of messages) or the public refresh (which on the embedded database holds its
 * one connection for as long as it counts).
 * `only`: these jobs and no others (a test of one job).
 */
export function startJobs({ only, boot = false }: { only?: readonly JobName[]; boot?: boolean } = {}): Promise<JobRunner | null> {
  runner ??= start(only, boot);
  return runner;
}

async function start(only: readonly JobName[] | undefined, boot: boolean): Promise<JobRunner | null> {
  const env = getEnv();
  if (env.SAJAM_JOBS === 'off') return null;
  const names = (Object.keys(JOBS) as JobName[]).filter((name) => !only || only.includes(name));

  if (isEmbeddedDatabase(env)) {
    // One guard per job, shared by its timer and by trigger(): a job never runs twice at once in this process
    // (six one-time codes asked for in a row start one drain of the outbox, not six competing for the database).
    const runs = Object.fromEntries((Object.keys(JOBS) as JobName[]).map((name) => [name, guarded(JOBS[name].run)])) as Record<JobName, () => Promise<void>>;
    const timers = names.map((name) => every(JOBS[name].everyMs, runs[name], boot));
    return {
      engine: 'in-process',
      trigger: (name) => runs[name](),
      stop: async () => timers.forEach((t) => t.forEach(clearTimeout)),
    };
  }

  const { default: PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString: env.DATABASE_URL!, schema: 'pgboss', max: 2 });
  boss.on('error', (error) => logUnexpected(error, 'jobs:pg-boss'));
  await boss.start();
  for (const name of names) {
    await boss.createQueue(name);
    await boss.schedule(name, JOBS[name].cron);
    await boss.work(name, { pollingIntervalSeconds: 2 }, async () => void (await JOBS[name].run()));
    if (boot && 'atStart' in JOBS[name]) await boss.send(name, {}, { singletonKey: name });
  }
  return {
    engine: 'pg-boss',
    trigger: async (name) => void (await boss.send(name, {}, { singletonKey: name })),
    stop: async () => {
      await boss.stop({ graceful: true, wait: true });
      runner = undefined;
    },
  };
}

/** A job that never overlaps itself (a call while it runs does nothing) and logs instead of crashing the server. */
function guarded(run: () => Promise<unknown>): () => Promise<void> {
  let busy = false;
  return async () => {
    if (busy) return;
    busy = true;
    try {
      await run();
    } catch (error) {
      logUnexpected(error, 'jobs');
    } finally {
      busy = false;
    }
  };
}

/** Timers that never keep the process alive: every `ms`, and (`soon`) a first run shortly after start. */
function every(ms: number, tick: () => Promise<void>, soon: boolean): NodeJS.Timeout[] {
  return [setInterval(tick, ms).unref(), ...(soon ? [setTimeout(tick, 5_000).unref()] : [])];
}
