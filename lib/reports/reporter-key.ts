import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/authz';
import type { Db } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { findReportIdByCode } from './find-by-tracking-code';

/**
 * How a reporter proves a report is theirs before acting on it (replying, adding information,
 * withdrawing): the tracking code on /track (counted against the client's lookup limit), or, for a
 * member in their account, being its submitter — never a code (issue #13: a member's own report page had
 * none of /track's actions).
 */
export type ReporterKey = { code: string; rateKey: string } | { actor: Actor; reportId: string };

/** The report behind the key. Another person's report, or none, is NOT_FOUND: the same answer as a wrong code. */
export async function reportIdOfReporter(db: Db, key: ReporterKey): Promise<string> {
  if ('code' in key) return findReportIdByCode(db, key.code, key.rateKey);
  const own = z.uuid().safeParse(key.reportId).success
    ? await db.report.findFirst({ where: { id: key.reportId, submitterId: key.actor.id }, select: { id: true } })
    : null;
  if (!own) throw new AppError('NOT_FOUND');
  return own.id;
}
