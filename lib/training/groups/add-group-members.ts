import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Role } from '@/lib/generated/prisma/client';
import { enrollInCourse } from '@/lib/training/enroll-in-course';
import { normalizeIdentifier } from '@/lib/text/normalize';
import { revokedUntil } from '@/lib/training/revocation-bar';
import { runGroupWhere } from '@/lib/training/training-access';

/** Trainer places per province in a workshop group (issue #18: "five trainers from each province"). */
export const TRAINER_PLACES_PER_PROVINCE = 5;

/** Each line of the form, sorted by what became of it. Lines are as normalised (lib/text normalizeIdentifier). */
export type AddMembersResult = {
  added: string[];
  /** Already in the group: nothing to do. */
  already: string[];
  /** Absent, or out of the group's reach (another province, an unfitting role, not approved): never said which. */
  notFound: string[];
  /** TRAINERS groups: their province's five places were taken. */
  noPlace: string[];
  /** Barred from the group's course by a revoked certificate (revocation-bar.ts): not added, since no enrollment could be made. */
  barred: string[];
};

/**
 * Adds learners to a group the actor runs (runGroupWhere), each enrolled in the group's course through
 * enrollInCourse (the one writer of enrollments), with one `training_group.members_added` event, in one transaction.
 * `lines` are identifiers as the runner typed them, one a line:
 * - MEMBERS groups: membership codes of APPROVED members of the group's province (Member.provinceId) whose account is
 *   active and holds the role the course is for (MEMBER course: MEMBER; CORE_HEAD course: CORE_HEAD).
 * - TRAINERS groups: e-mails (any case) of active TRAINER accounts whose province is in the group's workshop group
 *   (Province.workshopGroup), at most TRAINER_PLACES_PER_PROVINCE per province in the group, first come first placed.
 * A person barred from the course by a revoked certificate is not added (`barred`).
 * The group row is locked first (FOR UPDATE) so two forms sent at once cannot both take a province's last place.
 * Errors: NOT_FOUND (the group is absent or not the actor's to run); CONFLICT (the course lost its published version).
 */
export async function addGroupMembers({
  actor,
  groupId,
  lines: typed,
  now = new Date(),
}: {
  actor: Actor;
  groupId: string;
  lines: string[];
  now?: Date;
}): Promise<AddMembersResult> {
  // Normalised here too (the form's schema already did): a caller passing raw lines gets the same matching.
  const lines = [...new Set(typed.map(normalizeIdentifier).filter(Boolean))];
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const group = await tx.trainingGroup.findFirst({
      where: { AND: [{ id: groupId }, runGroupWhere(actor)] },
      select: { id: true, kind: true, courseId: true, trainerId: true, provinceId: true, workshopGroup: true, course: { select: { audience: true } } },
    });
    if (!group) throw new AppError('NOT_FOUND');
    await tx.$executeRaw`SELECT 1 FROM "TrainingGroup" WHERE "id" = ${group.id}::uuid FOR UPDATE`;

    // Each line's person, when one in reach answers to it.
    const found = new Map<string, { userId: string; provinceId: number | null }>();
    if (group.kind === 'MEMBERS') {
      const role: Role = group.course.audience === 'CORE_HEAD' ? 'CORE_HEAD' : 'MEMBER';
      const members = await tx.member.findMany({
        where: {
          membershipCode: { in: lines },
          status: 'APPROVED',
          provinceId: group.provinceId ?? -1,
          user: { status: 'ACTIVE', roles: { has: role } },
        },
        select: { membershipCode: true, userId: true, provinceId: true },
      });
      for (const m of members) found.set(m.membershipCode!, { userId: m.userId, provinceId: m.provinceId });
    } else {
      const byEmail = new Map(lines.map((line) => [line.toLowerCase(), line]));
      const users = await tx.user.findMany({
        where: {
          email: { in: [...byEmail.keys()] },
          status: 'ACTIVE',
          roles: { has: 'TRAINER' },
          province: { workshopGroup: group.workshopGroup ?? -1 },
        },
        select: { email: true, id: true, provinceId: true },
      });
      for (const u of users) found.set(byEmail.get(u.email!)!, { userId: u.id, provinceId: u.provinceId });
    }

    const current = await tx.groupMember.findMany({ where: { groupId: group.id }, select: { userId: true, user: { select: { provinceId: true } } } });
    const inGroup = new Set(current.map((m) => m.userId));
    const placesTaken = new Map<number, number>();
    for (const m of current) if (m.user.provinceId !== null) placesTaken.set(m.user.provinceId, (placesTaken.get(m.user.provinceId) ?? 0) + 1);

    const result: AddMembersResult = { added: [], already: [], notFound: [], noPlace: [], barred: [] };
    const addedIds: string[] = [];
    for (const line of lines) {
      const person = found.get(line);
      // The runner is never their own learner.
      if (!person || person.userId === group.trainerId) {
        result.notFound.push(line);
        continue;
      }
      if (inGroup.has(person.userId)) {
        result.already.push(line);
        continue;
      }
      // A member of the group who cannot take its course would sit in it with nothing to do and no explanation.
      if (await revokedUntil(tx, { userId: person.userId, courseId: group.courseId, now })) {
        result.barred.push(line);
        continue;
      }
      if (group.kind === 'TRAINERS') {
        const taken = placesTaken.get(person.provinceId!) ?? 0;
        if (taken >= TRAINER_PLACES_PER_PROVINCE) {
          result.noPlace.push(line);
          continue;
        }
        placesTaken.set(person.provinceId!, taken + 1);
      }
      inGroup.add(person.userId);
      addedIds.push(person.userId);
      result.added.push(line);
    }
    if (addedIds.length === 0) return result;

    await tx.groupMember.createMany({ data: addedIds.map((userId) => ({ groupId: group.id, userId, addedAt: now })) });
    for (const userId of addedIds) await enrollInCourse(tx, { userId, courseId: group.courseId, groupId: group.id, actorId: actor.id, now });
    await recordAuditEvent(tx, {
      actorId: actor.id,
      action: 'training_group.members_added',
      objectType: 'training_group',
      objectId: group.id,
      meta: { userIds: addedIds },
    });
    return result;
  });
}
