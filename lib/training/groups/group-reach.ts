import 'server-only';
import type { Actor } from '@/lib/authz';
import type { Prisma } from '@/lib/generated/prisma/client';
import { managedGroupWhere, visibleGroupWhere } from '@/lib/training/training-access';

/**
 * visibleGroupWhere, safe for the national office. Its managedGroupWhere is `{}` (every group), and inside
 * visibleGroupWhere's `OR` Prisma drops an empty object instead of matching everything, so the office reached only
 * the groups it learns in (found by groups.integration.test.ts). An actor who manages every group reaches every group.
 */
export function reachableGroupWhere(actor: Actor): Prisma.TrainingGroupWhereInput {
  return Object.keys(managedGroupWhere(actor)).length === 0 ? {} : visibleGroupWhere(actor);
}
