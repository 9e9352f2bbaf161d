import 'server-only';
import { getDb } from '@/lib/db/client';
import type { MessageAuthor, ReportKind, ReportStatus } from '@/lib/generated/prisma/client';
import { findReportIdByCode } from './find-by-tracking-code';

export type TrackedReport = {
  kind: ReportKind;
  category: { name: string; nameEn: string };
  status: ReportStatus;
  submittedAt: Date;
  attachments: number;
  /** Each step, with the reviewers' public note only: internal notes and names never reach the reporter. */
  timeline: { status: ReportStatus; at: Date; publicNote: string | null }[];
  messages: { id: string; author: MessageAuthor; body: string; at: Date; attachments: number }[];
  agencyAnswer: { agency: string; agencyEn: string; response: string; at: Date } | null;
  canReply: boolean;
  awaitingAnswer: boolean;
};

/** What the holder of a tracking code may see of their report. */
export async function trackReport({ code, rateKey }: { code: string; rateKey: string }): Promise<TrackedReport> {
  const db = await getDb();
  const id = await findReportIdByCode(db, code, rateKey);
  const report = await db.report.findUniqueOrThrow({
    where: { id },
    select: {
      kind: true,
      status: true,
      submittedAt: true,
      category: { select: { name: true, nameEn: true } },
      _count: { select: { attachments: { where: { messageId: null } } } },
      approvals: { where: { decision: { not: 'ESCALATE' } }, orderBy: { createdAt: 'asc' }, select: { toStatus: true, createdAt: true, publicNote: true } },
      messages: { orderBy: { createdAt: 'asc' }, select: { id: true, authorType: true, body: true, createdAt: true, _count: { select: { attachments: true } } } },
      referrals: {
        where: { status: { in: ['RESPONDED', 'CLOSED'] }, response: { not: null } },
        orderBy: { respondedAt: 'desc' },
        take: 1,
        select: { response: true, respondedAt: true, agency: { select: { name: true, nameEn: true } } },
      },
    },
  });
  const answer = report.referrals[0];
  return {
    kind: report.kind,
    category: report.category,
    status: report.status,
    submittedAt: report.submittedAt,
    attachments: report._count.attachments,
    timeline: report.approvals.map((a) => ({ status: a.toStatus, at: a.createdAt, publicNote: a.publicNote })),
    messages: report.messages.map((m) => ({ id: m.id, author: m.authorType, body: m.body, at: m.createdAt, attachments: m._count.attachments })),
    agencyAnswer: answer?.response ? { agency: answer.agency.name, agencyEn: answer.agency.nameEn, response: answer.response, at: answer.respondedAt ?? report.submittedAt } : null,
    canReply: !['REJECTED', 'CLOSED', 'PUBLISHED'].includes(report.status),
    awaitingAnswer: report.status === 'NEEDS_INFO',
  };
}
