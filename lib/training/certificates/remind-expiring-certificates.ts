import 'server-only';
import { getDb } from '@/lib/db/client';
import { formatDueDay } from '@/lib/i18n/format';
import { enqueueNotifications } from '@/lib/notify/outbox';

const DAY_MS = 86_400_000;
/** Days before expiry when the holder is told, the earliest first (issue #18: "reminders before a certificate expires"). */
export const CERTIFICATE_REMINDER_DAYS = [30, 7] as const;

/**
 * The daily sweep of certificates about to expire (lib/jobs/start-jobs.ts 'certificate-reminders'): each certificate
 * not revoked whose expiry is at most 30 days after `now` tells its holder once (template 'certificate.expiring',
 * through the outbox, in the holder's language with the last valid Jalali day), and once more when at most 7 days are
 * left. One message per certificate and threshold, whatever how often the sweep runs: the dedupe key is
 * `certificate-expiring:<id>:<30|7>`. A certificate first seen with 7 days or fewer left gets only the 7-day message.
 * Skipped: a certificate its holder has already renewed (a later, unrevoked certificate of the same course), and
 * holders whose account is not active or has no mobile or e-mail (enqueueNotifications).
 * @returns how many certificates were looked at and how many messages were queued (one per channel)
 */
export async function remindExpiringCertificates({ now = new Date() }: { now?: Date } = {}): Promise<{ certificates: number; queued: number }> {
  const db = await getDb();
  const [widest, ...narrower] = CERTIFICATE_REMINDER_DAYS;
  const expiring = await db.certificate.findMany({
    where: { revokedAt: null, expiresAt: { gt: now, lte: new Date(now.getTime() + widest * DAY_MS) } },
    orderBy: [{ expiresAt: 'asc' }, { id: 'asc' }],
    select: { id: true, userId: true, expiresAt: true, version: { select: { title: true, courseId: true } } },
  });
  if (expiring.length === 0) return { certificates: 0, queued: 0 };
  const later = await db.certificate.findMany({
    where: { userId: { in: [...new Set(expiring.map((c) => c.userId))] }, revokedAt: null, expiresAt: { gt: now } },
    select: { userId: true, expiresAt: true, version: { select: { courseId: true } } },
  });
  const renewed = (c: (typeof expiring)[number]) =>
    later.some((l) => l.userId === c.userId && l.version.courseId === c.version.courseId && l.expiresAt > c.expiresAt);

  let queued = 0;
  let certificates = 0;
  for (const certificate of expiring) {
    if (renewed(certificate)) continue;
    certificates++;
    const left = certificate.expiresAt.getTime() - now.getTime();
    // The narrowest threshold the certificate is within: 7 when at most 7 days are left, else 30.
    const threshold = [...narrower].reverse().find((days) => left <= days * DAY_MS) ?? widest;
    // One transaction per certificate: a long list never holds one transaction past Prisma's limit.
    queued += await db.$transaction((tx) =>
      enqueueNotifications(tx, {
        userIds: [certificate.userId],
        template: 'certificate.expiring',
        params: (locale) => ({ courseTitle: certificate.version.title, validThrough: formatDueDay(certificate.expiresAt, locale) }),
        dedupeKey: () => `certificate-expiring:${certificate.id}:${threshold}`,
      }),
    );
  }
  return { certificates, queued };
}
