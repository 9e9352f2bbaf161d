import 'server-only';
import type { Actor } from '@/lib/authz';
import { decryptField, maskPersonal } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { applicationScope, loadInScope } from './application-access';
import { vettingActionsFrom } from './transitions';

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
  const visible = new Set(
    (await db.member.findMany({ where: { AND: [{ id: { in: others.map((o) => o.id) } }, applicationScope(actor)] }, select: { id: true } })).map((o) => o.id),
  );
  return others.map((o) => ({ id: visible.has(o.id) ? o.id : null, status: o.status, province: o.province }));
}

/** One application as a vetter sees it: national code and mobile masked, checks, and the moves open now. */
export async function getApplicationForVetting({ actor, memberId }: { actor: Actor; memberId: string }) {
  const m = await loadInScope({ actor, memberId });
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
