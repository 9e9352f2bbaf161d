import 'server-only';
import { can, type Actor } from '@/lib/authz';
import { AppError } from '@/lib/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TrainingScope } from './training-figures';

/**
 * Whose training figures an actor sees ('training:oversee', lib/authz/can.ts): the national office the country,
 * province staff their province, a trainer their own groups (TrainingGroup.trainerId = the actor). The widest
 * role wins for a person with several. Fails closed: FORBIDDEN without the permission, and for province staff
 * without a province of their own (they reach nothing).
 */
export function trainingScopeOf(actor: Actor | null): TrainingScope {
  if (!actor || !can(actor, 'training:oversee')) throw new AppError('FORBIDDEN');
  if (actor.roles.includes('NATIONAL_OFFICE')) return { kind: 'national' };
  if (actor.roles.includes('PROVINCE_STAFF') && actor.provinceId !== null) return { kind: 'province', provinceId: actor.provinceId };
  if (actor.roles.includes('TRAINER')) return { kind: 'trainer', trainerId: actor.id };
  throw new AppError('FORBIDDEN');
}

/** SQL conditions of one scope over the tables the training figures read, each given its column or alias. */
export type TrainingScopeSql = {
  /** A TrainingGroup row (alias) in reach. */
  group: (g: Prisma.Sql) => Prisma.Sql;
  /** An Enrollment row (alias) that counts: for a trainer only one made through their own groups. */
  enrollment: (e: Prisma.Sql) => Prisma.Sql;
  /** A learner (a user id column) in reach: for a trainer only someone enrolled through their own groups. */
  learner: (userId: Prisma.Sql) => Prisma.Sql;
  /** A learner's province (a column or expression) in reach. */
  province: (provinceId: Prisma.Sql) => Prisma.Sql;
};

const TRUE = Prisma.sql`TRUE`;

/**
 * The one place a training scope becomes SQL, so no figure of trainer A can count trainer B's group: a trainer's
 * enrollments are only those through a group they train (a learner in both A's and B's groups shows in A's figures
 * with A's enrollment only), province staff's learners are those placed in their province, the national office's
 * everyone. Every query of compute-training.ts applies all four forms.
 */
export function trainingScopeSql(scope: TrainingScope): TrainingScopeSql {
  switch (scope.kind) {
    case 'national':
      return { group: () => TRUE, enrollment: () => TRUE, learner: () => TRUE, province: () => TRUE };
    case 'province':
      return {
        group: (g) => Prisma.sql`${g}."provinceId" = ${scope.provinceId}`,
        enrollment: () => TRUE,
        learner: () => TRUE,
        province: (p) => Prisma.sql`${p} = ${scope.provinceId}`,
      };
    case 'trainer': {
      const own = (e: Prisma.Sql) =>
        Prisma.sql`EXISTS (SELECT 1 FROM "TrainingGroup" sg WHERE sg."id" = ${e}."groupId" AND sg."trainerId" = ${scope.trainerId}::uuid)`;
      return {
        group: (g) => Prisma.sql`${g}."trainerId" = ${scope.trainerId}::uuid`,
        enrollment: own,
        learner: (u) => Prisma.sql`EXISTS (SELECT 1 FROM "Enrollment" se WHERE se."userId" = ${u} AND ${own(Prisma.sql`se`)})`,
        province: () => TRUE,
      };
    }
  }
}
