import 'server-only';
import { getEnv, isEmbeddedDatabase } from '@/lib/env';
import { drainOutbox, runDeadlineJob } from './run-jobs';

const SWEEP_CRON = '*/5 * * * *';
const SWEEP_EVERY_MS = 5 * 60_000;
const DELIVER_EVERY_MS = 30_000;

let started = false;

/**
 * Starts the background jobs in this server process. On PostgreSQL they run through pg-boss (a queue
 * in the same database): the schedule fires once per cluster however many app instances run, and a
 * crashed run is retried. The embedded database serves one process, so there a timer runs them here.
 */
export async function startJobs(): Promise<void> {
  const env = getEnv();
  if (started || env.SAJAM_JOBS === 'off') return;
  started = true;
  if (isEmbeddedDatabase(env)) {
    every(SWEEP_EVERY_MS, () => runDeadlineJob());
    every(DELIVER_EVERY_MS, () => drainOutbox());
    return;
  }
  const { default: PgBoss } = await import('pg-boss');
  const boss = new PgBoss({ connectionString: env.DATABASE_URL!, schema: 'pgboss', max: 2 });
  boss.on('error', (error) => console.error('jobs:', error.message));
  await boss.start();
  await boss.createQueue('deadline-sweep');
  await boss.createQueue('notify-deliver');
  await boss.schedule('deadline-sweep', SWEEP_CRON);
  await boss.schedule('notify-deliver', '* * * * *');
  await boss.work('deadline-sweep', async () => void (await runDeadlineJob()));
  await boss.work('notify-deliver', async () => void (await drainOutbox()));
}

/** A timer that never overlaps itself and never keeps the process alive. */
function every(ms: number, run: () => Promise<unknown>) {
  let busy = false;
  const tick = async () => {
    if (busy) return;
    busy = true;
    try {
      await run();
    } catch (error) {
      console.error('jobs:', error instanceof Error ? error.message : error);
    } finally {
      busy = false;
    }
  };
  setInterval(tick, ms).unref();
  setTimeout(tick, 5_000).unref();
}
