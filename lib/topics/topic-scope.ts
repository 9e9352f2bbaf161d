import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { can, type Actor } from '@/lib/authz';
import { AppError } from '@/lib/errors';

/**
 * The topics a manager may see and edit, as a Prisma filter: the national office all of them, a
 * province's staff their own province's (not the national ones, nor another province's: those are
 * NOT_FOUND to them). `province` is the province their new topics are announced for (null: national,
 * or chosen on the form by the national office). FORBIDDEN without 'topic:manage' or, for provincial
 * staff, without a province (fails closed).
 */
export function topicScope(actor: Actor): { where: Prisma.TopicWhereInput; national: boolean; province: number | null } {
  if (!can(actor, 'topic:manage')) throw new AppError('FORBIDDEN');
  if (actor.roles.includes('NATIONAL_OFFICE')) return { where: {}, national: true, province: null };
  if (actor.provinceId === null) throw new AppError('FORBIDDEN');
  return { where: { provinceId: actor.provinceId }, national: false, province: actor.provinceId };
}
