import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { CourseAudience } from '@/lib/generated/prisma/client';
import { currentVersionOf } from '@/lib/training/enroll-in-course';
import { isApprovedTrainer } from '@/lib/training/training-access';
import type { CreateGroupInput } from './group-input';

/** The audiences a group of each kind teaches (issue #18): member groups members or core heads, the workshops trainers. */
export const GROUP_AUDIENCES = { MEMBERS: ['MEMBER', 'CORE_HEAD'], TRAINERS: ['TRAINER'] } as const satisfies Record<string, CourseAudience[]>;

/**
 * Creates a virtual group, with its `training_group.created` event, in one transaction.
 * - MEMBERS (a TRAINER): run by the actor, in the actor's province; the actor must be an approved trainer
 *   (training-access.ts isApprovedTrainer: a valid certificate of a trainers' course), else FORBIDDEN with field
 *   error `courseId: notApproved` ("finish the trainers' course first"). A trainer without a province: FORBIDDEN.
 * - TRAINERS (the NATIONAL_OFFICE): a workshop group 1–4 and its runner, `trainerId`, a national trainer (role
 *   TRAINER, no province, active); else VALIDATION on `trainerId` / `workshopGroup`.
 * The course must have the kind's audience (GROUP_AUDIENCES) and a published version, else VALIDATION `courseId: course`.
 * Errors: FORBIDDEN (no 'trainingGroup:manage', or the kind is not the actor's), VALIDATION, as above.
 */
export async function createGroup({ actor, input, now = new Date() }: { actor: Actor; input: CreateGroupInput; now?: Date }): Promise<{ id: string }> {
  if (!can(actor, 'trainingGroup:manage')) throw new AppError('FORBIDDEN');
  const db = await getDb();
  return db.$transaction(async (tx) => {
    let trainerId: string;
    let provinceId: number | null = null;
    let workshopGroup: number | null = null;
    if (input.kind === 'MEMBERS') {
      if (!actor.roles.includes('TRAINER') || actor.provinceId === null) throw new AppError('FORBIDDEN');
      if (!(await isApprovedTrainer(tx, actor.id, now)))
        throw new AppError('FORBIDDEN', 'trainer not approved', { fieldErrors: { courseId: ['notApproved'] } });
      trainerId = actor.id;
      provinceId = actor.provinceId;
    } else {
      if (!actor.roles.includes('NATIONAL_OFFICE')) throw new AppError('FORBIDDEN');
      if (input.workshopGroup === undefined) throw new AppError('VALIDATION', 'workshop group', { fieldErrors: { workshopGroup: ['workshopGroup'] } });
      const trainer = input.trainerId
        ? await tx.user.findFirst({ where: { id: input.trainerId, roles: { has: 'TRAINER' }, provinceId: null, status: 'ACTIVE' }, select: { id: true } })
        : null;
      if (!trainer) throw new AppError('VALIDATION', 'national trainer', { fieldErrors: { trainerId: ['trainer'] } });
      trainerId = trainer.id;
      workshopGroup = input.workshopGroup;
    }
    const course = await tx.course.findFirst({
      where: { id: input.courseId, audience: { in: [...GROUP_AUDIENCES[input.kind]] } },
      select: { id: true },
    });
    if (!course || !(await currentVersionOf(tx, course.id))) throw new AppError('VALIDATION', 'course', { fieldErrors: { courseId: ['course'] } });
    const group = await tx.trainingGroup.create({
      data: { kind: input.kind, name: input.name, courseId: course.id, trainerId, provinceId, workshopGroup },
      select: { id: true },
    });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'training_group.created',
      objectType: 'training_group',
      objectId: group.id,
      meta: { kind: input.kind, courseId: course.id, provinceId, workshopGroup },
    });
    return group;
  });
}
