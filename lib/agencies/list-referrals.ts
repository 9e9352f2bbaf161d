import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { ReferralStatus } from '@/lib/generated/prisma/enums';
import { parseCaseNumber } from '@/lib/reports/case-number';
import { decodeCursor, encodeCursor } from '@/lib/reports/queue-filters';
import { optionalText, idNumber, likeLiteral } from '@/lib/text/schema';
import { REFERRAL_AWAITING_AGENCY } from '@/lib/workflow/referral-transitions';
import { referralReach } from './referral-reach';

const blank = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const optionalId = z.preprocess(blank, idNumber().optional()).catch(undefined);

/**
 * The views of the referral lists: everything, or what waits for someone. `overdue`: the agency owes an
 * acknowledgement or answer past its due date; `evaluate`: answered, waiting for staff; `questions`: the
 * agency asked; `declined`: an agency said it is not responsible (to re-route); `appeals`: the reporter
 * was not satisfied and the appeal is open. The last four are the national office's.
 */
export const REFERRAL_VIEWS = ['all', 'overdue', 'evaluate', 'questions', 'declined', 'appeals'] as const;
export type ReferralView = (typeof REFERRAL_VIEWS)[number];

/** A referral list's filters as they arrive in the address bar; anything malformed is ignored. */
export const referralFiltersSchema = z.object({
  view: z.enum(REFERRAL_VIEWS).catch('all'),
  status: z.preprocess(blank, z.enum(ReferralStatus).optional()).catch(undefined),
  provinceId: optionalId,
  categoryId: optionalId,
  agencyId: z.preprocess(blank, z.uuid().optional()).catch(undefined),
  /** A case number, or words of the description. */
  q: optionalText({ max: 100, tooLong: 'q' }).catch(undefined),
  after: z.preprocess(blank, z.string().max(200).optional()).catch(undefined),
});
export type ReferralFilters = z.output<typeof referralFiltersSchema>;

export type ReferralListItem = {
  id: string;
  reportId: string;
  caseNumber: string | null;
  status: ReferralStatus;
  agency: { name: string; nameEn: string };
  category: { name: string; nameEn: string };
  province: { name: string; nameEn: string };
  excerpt: string;
  referredAt: Date;
  /** The due date that applies now: the acknowledgement while pending, the answer after. */
  dueAt: Date | null;
  overdue: boolean;
  escalated: boolean;
};

export type ListReferralsOptions = { actor: Actor; filters?: Partial<ReferralFilters>; limit?: number; now?: Date };

/**
 * The referrals this actor follows, newest referral first, in pages of `limit` (keyset on referredAt, id):
 * an agency liaison's own agency's (not withdrawn) — the agency inbox; every one for the national office.
 * Anyone else: FORBIDDEN. Filters: view, state, province, category, agency (national office), a case number
 * or words of the description.
 */
export async function listReferrals({ actor, filters = {}, limit = 25, now = new Date() }: ListReferralsOptions) {
  const f = referralFiltersSchema.parse(filters);
  const db = await getDb();
  const reach = referralReach({ kind: 'person', actor });
  if (!reach) throw new AppError('FORBIDDEN');
  const where: Prisma.ReferralWhereInput[] = [reach];
  const due = overdueWhere(now);
  if (f.view === 'overdue') where.push(due);
  if (f.view === 'evaluate') where.push({ status: 'RESPONDED' });
  if (f.view === 'questions') where.push({ status: 'CLARIFICATION_REQUESTED' });
  if (f.view === 'declined')
    where.push({ status: 'DECLINED_NOT_RESPONSIBLE', report: { status: { in: ['APPROVED', 'REFERRED', 'ACKNOWLEDGED', 'RESPONDED'] } } });
  if (f.view === 'appeals') where.push({ report: { rating: { appealStatus: 'OPEN' } }, status: 'ACCEPTED' });
  if (f.status) where.push({ status: f.status });
  if (f.agencyId && actor.roles.includes('NATIONAL_OFFICE')) where.push({ agencyId: f.agencyId });
  if (f.provinceId) where.push({ report: { provinceId: f.provinceId } });
  if (f.categoryId) where.push({ report: { categoryId: f.categoryId } });
  if (f.q) {
    const caseNumber = parseCaseNumber(f.q);
    where.push(caseNumber ? { report: { caseNumber } } : { report: { description: { contains: likeLiteral(f.q), mode: 'insensitive' } } });
  }
  const cursor = decodeCursor(f.after);
  if (cursor?.key) where.push({ OR: [{ referredAt: { lt: cursor.key } }, { referredAt: cursor.key, id: { lt: cursor.id } }] });

  const rows = await db.referral.findMany({
    where: { AND: where },
    orderBy: [{ referredAt: 'desc' }, { id: 'desc' }],
    take: limit + 1,
    select: {
      id: true,
      status: true,
      referredAt: true,
      acknowledgeDueAt: true,
      answerDueAt: true,
      escalatedAt: true,
      agency: { select: { name: true, nameEn: true } },
      report: {
        select: {
          id: true,
          caseNumber: true,
          description: true,
          category: { select: { name: true, nameEn: true } },
          province: { select: { name: true, nameEn: true } },
        },
      },
    },
  });
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r): ReferralListItem => {
      const dueAt = applicableDue(r);
      return {
        id: r.id,
        reportId: r.report.id,
        caseNumber: r.report.caseNumber,
        status: r.status,
        agency: r.agency,
        category: r.report.category,
        province: r.report.province,
        excerpt: r.report.description.length > 140 ? `${r.report.description.slice(0, 140)}…` : r.report.description,
        referredAt: r.referredAt,
        dueAt,
        overdue: dueAt !== null && dueAt < now,
        escalated: r.escalatedAt !== null,
      };
    }),
    nextCursor: rows.length > limit && last ? encodeCursor({ key: last.referredAt, id: last.id }) : null,
  };
}

/** The due date the agency is held to in this state (none once it has answered or the referral ended). */
export function applicableDue(r: { status: ReferralStatus; acknowledgeDueAt: Date | null; answerDueAt: Date | null }): Date | null {
  if (r.status === 'PENDING') return r.acknowledgeDueAt;
  return REFERRAL_AWAITING_AGENCY.includes(r.status) ? r.answerDueAt : null;
}

/** Referrals whose agency owes something past its due date. */
export function overdueWhere(now: Date): Prisma.ReferralWhereInput {
  return {
    OR: [
      { status: 'PENDING', acknowledgeDueAt: { lt: now } },
      { status: { in: ['ACKNOWLEDGED', 'SENT_BACK'] }, answerDueAt: { lt: now } },
    ],
  };
}
