import 'server-only';
import { z } from 'zod';
import { can, rolesAllowed, scopeWhere, type Actor } from '@/lib/authz';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { revokeUserSessions } from '@/lib/auth/revoke-sessions';
import { decryptField, maskPersonal } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { ApplicationStatus, Prisma } from '@/lib/generated/prisma/client';
import { issueMembershipCode } from './membership-code';
import { vettingProviders, type CheckResult, type Providers } from './providers';
import { APPLICATION_STATUSES, findVettingTransition, isDecided, UNDER_REVIEW, vettingActionsFrom, type VettingAction } from './transitions';


/** Applications this vetter may see: their province's (provincial staff) or all (national office). */
/** The applications this vetter may see: the application scope of the roles that hold `member:vet` (lib/authz/scope.ts). */
function applicationScope(actor: Actor): Prisma.MemberWhereInput {
  return scopeWhere(actor, 'application', rolesAllowed('member:vet'));
}

export const applicationFiltersSchema = z.object({
  status: z.enum(APPLICATION_STATUSES).optional().catch(undefined),
  q: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(60).optional()).catch(undefined),
});

/** Applications in scope: under review by default, or one state; searchable by name. */
export async function listApplications(actor: Actor, { status, q }: z.output<typeof applicationFiltersSchema> = {}) {
  if (!can(actor, 'member:vet')) throw new AppError('FORBIDDEN');
  const db = await getDb();
  const name = q ? { OR: [{ firstName: { contains: q, mode: 'insensitive' as const } }, { lastName: { contains: q, mode: 'insensitive' as const } }] } : {};
  return db.member.findMany({
    where: { AND: [applicationScope(actor), status ? { status } : { status: { in: [...UNDER_REVIEW] } }, name] },
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
    take: 100,
    select: { id: true, firstName: true, lastName: true, status: true, submittedAt: true, province: { select: { name: true, nameEn: true } } },
  });
}

async function loadInScope(actor: Actor, memberId: string) {
  if (!z.uuid().safeParse(memberId).success || !can(actor, 'member:vet')) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const member = await db.member.findFirst({
    where: { AND: [{ id: memberId }, applicationScope(actor)] },
    omit: { nationalCodeIndex: true },
    include: {
      user: { select: { id: true, mobileEnc: true, email: true } },
      province: { select: { name: true, nameEn: true } },
      county: { select: { name: true, nameEn: true } },
      checks: { orderBy: { createdAt: 'asc' } },
    },
  });
  if (!member || member.userId === actor.id) throw new AppError('NOT_FOUND');
  return member;
}

/**
 * Other applications that hold the same national code (a person applying twice, or someone using
 * another's code). Shown to vetters only, never to applicants; each links to the other application
 * when it is in this vetter's scope, otherwise names only its state and province.
 */
async function findPossibleDuplicates(actor: Actor, memberId: string) {
  const db = await getDb();
  const own = await db.member.findUniqueOrThrow({ where: { id: memberId }, select: { nationalCodeIndex: true } });
  if (!own.nationalCodeIndex) return [];
  const others = await db.member.findMany({
    where: { nationalCodeIndex: own.nationalCodeIndex, id: { not: memberId } },
    orderBy: { createdAt: 'asc' },
    take: 10,
    select: { id: true, status: true, provinceId: true, province: { select: { name: true, nameEn: true } } },
  });
  const visible = new Set((await db.member.findMany({ where: { AND: [{ id: { in: others.map((o) => o.id) } }, applicationScope(actor)] }, select: { id: true } })).map((o) => o.id));
  return others.map((o) => ({ id: visible.has(o.id) ? o.id : null, status: o.status, province: o.province }));
}

/** One application as a vetter sees it: national code and mobile masked, checks, and the moves open now. */
export async function getApplicationForVetting(actor: Actor, memberId: string) {
  const m = await loadInScope(actor, memberId);
  const { nationalCodeEnc, user, ...rest } = m;
  return {
    ...rest,
    possibleDuplicates: await findPossibleDuplicates(actor, m.id),
    email: user.email,
    nationalCodeMasked: nationalCodeEnc ? maskPersonal('nationalCode', decryptField('nationalCode', nationalCodeEnc)) : null,
    mobileMasked: user.mobileEnc ? maskPersonal('mobile', decryptField('mobile', user.mobileEnc)) : null,
    actions: vettingActionsFrom(m.status, 'VETTER'),
  };
}

export type ApplicationForVetting = Awaited<ReturnType<typeof getApplicationForVetting>>;

/** The full national code and mobile, for a vetter matching them by hand; every reveal is audited. */
export async function revealApplicantIdentity(actor: Actor, memberId: string) {
  const m = await loadInScope(actor, memberId);
  const db = await getDb();
  await db.$transaction((tx) => recordAuditEvent(tx, { actorId: actor.id, action: 'member.identity_revealed', objectType: 'member', objectId: m.id }));
  return {
    nationalCode: m.nationalCodeEnc ? decryptField('nationalCode', m.nationalCodeEnc) : null,
    mobile: m.user.mobileEnc ? decryptField('mobile', m.user.mobileEnc) : null,
  };
}

export type VetOptions = { actor: Actor; memberId: string; action: VettingAction; version: number; note?: string; providers?: Providers };

/**
 * One vetting move, checked against the pipeline table and the vetter's scope, in one transaction with
 * optimistic locking and an audit event. Provider calls happen before the transaction (they may be
 * slow); their results are recorded in it. Approval issues the membership code and the MEMBER role.
 */
export async function vetApplication(o: VetOptions) {
  const m = await loadInScope(o.actor, o.memberId);
  if (m.version !== o.version) throw new AppError('CONFLICT', 'stale version');
  const transition = findVettingTransition(m.status, o.action);
  if (!transition || transition.by !== 'VETTER') throw new AppError('FORBIDDEN');
  const note = o.note?.trim();
  if (transition.requiresNote && !note) throw new AppError('VALIDATION', 'note required', { fieldErrors: { note: ['noteRequired'] } });

  const providers = o.providers ?? vettingProviders();
  const nationalCode = m.nationalCodeEnc ? decryptField('nationalCode', m.nationalCodeEnc) : '';
  const checks: { kind: 'IDENTITY' | 'INQUIRY'; provider: string; result: CheckResult }[] = [];
  if (o.action === 'verifyIdentity') {
    const mobile = m.user.mobileEnc ? decryptField('mobile', m.user.mobileEnc) : '';
    checks.push({ kind: 'IDENTITY', provider: providers.identity.name, result: await providers.identity.verify({ nationalCode, mobile, birthDate: m.birthDate }) });
  }
  if (o.action === 'runInquiries') {
    for (const p of providers.inquiries) checks.push({ kind: 'INQUIRY', provider: p.name, result: await p.inquire({ nationalCode }) });
  }
  if (o.action === 'approve') {
    // Since the last submission: every provider has passed and none has failed (re-running a check
    // until it passes does not wash out a failure).
    const current = m.checks.filter((c) => !m.submittedAt || c.createdAt >= m.submittedAt);
    const passed = (kind: string, provider: string) => current.some((c) => c.kind === kind && c.provider === provider && c.outcome === 'PASS');
    const cleared = current.every((c) => c.outcome === 'PASS') && passed('IDENTITY', providers.identity.name) && providers.inquiries.every((p) => passed('INQUIRY', p.name));
    if (!cleared) throw new AppError('VALIDATION', 'checks not passed', { fieldErrors: { action: ['checksPending'] } });
    // One person, one membership: the national code is no longer unique among applications, so approval checks it.
    const db = await getDb();
    const own = await db.member.findUniqueOrThrow({ where: { id: m.id }, select: { nationalCodeIndex: true } });
    if (own.nationalCodeIndex && (await db.member.count({ where: { nationalCodeIndex: own.nationalCodeIndex, id: { not: m.id }, status: 'APPROVED' } })) > 0) {
      throw new AppError('VALIDATION', 'national code already a member', { fieldErrors: { action: ['duplicateMember'] } });
    }
  }

  const to: ApplicationStatus = transition.to ?? (checks.every((c) => c.result.outcome === 'PASS') ? 'INQUIRIES' : m.status);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const now = new Date();
    const membershipCode = o.action === 'approve' ? await issueMembershipCode(tx, m.provinceId!, now) : undefined;
    const moved = await tx.member.updateMany({
      where: { id: m.id, version: m.version, status: m.status },
      data: {
        status: to,
        version: { increment: 1 },
        ...(note && transition.requiresNote ? { staffNote: note } : {}),
        ...(isDecided(to) ? { decidedAt: now } : {}),
        ...(membershipCode ? { membershipCode } : {}),
      },
    });
    if (moved.count !== 1) throw new AppError('CONFLICT', 'application changed');
    for (const c of checks) {
      await tx.vettingCheck.create({ data: { memberId: m.id, kind: c.kind, provider: c.provider, outcome: c.result.outcome, reference: c.result.reference, actorId: o.actor.id, createdAt: now } });
    }
    if (o.action === 'approve') {
      await tx.user.update({ where: { id: m.userId }, data: { roles: { push: 'MEMBER' }, provinceId: m.provinceId } });
      await revokeUserSessions({ userId: m.userId, reason: 'roles_changed', actorId: o.actor.id, tx });
    }
    await recordAuditEvent(tx, {
      actorId: o.actor.id,
      action: 'member.transition',
      objectType: 'member',
      objectId: m.id,
      meta: { action: o.action, from: m.status, to, ...(checks.length ? { failedChecks: checks.filter((c) => c.result.outcome === 'FAIL').length } : {}) },
    });
    return { status: to, membershipCode: membershipCode ?? null, checks: checks.map((c) => ({ provider: c.provider, outcome: c.result.outcome })) };
  });
}
