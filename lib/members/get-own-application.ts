import 'server-only';
import type { Actor } from '@/lib/authz';
import { decryptField } from '@/lib/crypto/personal-data';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { completedSteps } from './application-steps';

/** The applicant's own application, with their own national code readable (it is theirs). */
export async function getOwnApplication({ actor }: { actor: Actor }) {
  const db = await getDb();
  const member = await db.member.findUnique({
    where: { userId: actor.id },
    omit: { nationalCodeIndex: true },
    include: {
      province: { select: { name: true, nameEn: true } },
      county: { select: { name: true, nameEn: true } },
      core: { select: { name: true } },
      user: { select: { email: true } },
    },
  });
  if (!member) throw new AppError('NOT_FOUND');
  const { nationalCodeEnc, ...rest } = member;
  return { ...rest, nationalCode: nationalCodeEnc ? decryptField('nationalCode', nationalCodeEnc) : null, completed: completedSteps(member) };
}

export type OwnApplication = Awaited<ReturnType<typeof getOwnApplication>>;
