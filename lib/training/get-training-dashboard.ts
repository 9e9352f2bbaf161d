import 'server-only';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { getSettings } from '@/lib/settings/get-settings';
import { certifiedOf, computeTraining, countCertifiedMembers } from '@/lib/stats/compute-training';
import type { TrainingFigures } from '@/lib/stats/training-figures';
import { trainingScopeOf } from '@/lib/stats/training-scope';

/**
 * The training completion figures of the dashboards (issue #18): completion per group, core and province and the
 * share of approved members holding a valid basic certificate at `now`, exact (staff only, never published).
 * Scoped by 'training:oversee' (lib/stats/training-scope.ts): the national office the country, province staff
 * their province, a trainer their own groups. Definitions: lib/stats/compute-training.ts.
 *
 * - now: the instant certificates are judged valid at (default: the current time; tests pin it).
 *
 * Errors: FORBIDDEN without 'training:oversee' (or province staff without a province).
 */
export async function getTrainingDashboard({ actor, now = new Date() }: { actor: Actor | null; now?: Date }): Promise<TrainingFigures> {
  const scope = trainingScopeOf(actor);
  const db = await getDb();
  const { trainingCourse } = await getSettings(db);
  // One after the other: the embedded database serves one connection, and each is one grouped query.
  const completion = await computeTraining(db, { scope });
  const certified = certifiedOf(await countCertifiedMembers(db, { scope, at: now, basicCourse: trainingCourse }));
  return { scope, countedAt: now.toISOString(), basicCourse: trainingCourse, ...completion, certified };
}
