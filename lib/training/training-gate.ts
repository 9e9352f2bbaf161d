import 'server-only';
import { getDb } from '@/lib/db/client';
import { getSettings } from '@/lib/settings/get-settings';

export type MemberReportGate = { open: true } | { open: false; courseSlug: string; courseTitle: string | null };

/**
 * Whether a member may submit member reports (issue #18, "Policy"): open when the gate is off
 * (settings `trainingGate`, env SAJAM_TRAINING_GATE), or when `userId` holds a certificate of any version of
 * the course whose slug is `trainingCourse` (SAJAM_TRAINING_COURSE) that is not revoked and whose
 * `expiresAt` is after `now`. Closed, it names the course: its slug (for `/training/courses/<slug>`) and the
 * title of its newest published version, or null when no version is published yet (or no such course
 * exists: the gate stays closed rather than opening on a mistyped slug; lib/env.ts refuses "on" without one).
 * Anonymous public reports are never asked (lib/reports/submit-report.ts).
 */
export async function memberReportGate({ userId, now }: { userId: string; now: Date }): Promise<MemberReportGate> {
  const { trainingGate, trainingCourse } = await getSettings();
  if (!trainingGate) return { open: true };
  // "On" without a course cannot be saved (lib/env.ts, the settings form); should it happen, nobody could pass.
  const courseSlug = trainingCourse ?? '';
  const db = await getDb();
  const held = await db.certificate.findFirst({
    where: { userId, revokedAt: null, expiresAt: { gt: now }, version: { course: { slug: courseSlug } } },
    select: { id: true },
  });
  if (held) return { open: true };
  const current = await db.courseVersion.findFirst({
    where: { course: { slug: courseSlug }, publishedAt: { not: null } },
    orderBy: { version: 'desc' },
    select: { title: true },
  });
  return { open: false, courseSlug, courseTitle: current?.title ?? null };
}
