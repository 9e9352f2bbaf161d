import { can, type Actor } from '@/lib/authz';
import type { CourseAudience } from '@/lib/generated/prisma/client';

/**
 * Whether `actor` may edit `course` (its drafts, their lessons and files): the national office any course, a
 * trainer the courses they created (`Course.createdById`) — a trainers' course (audience TRAINER) only a national
 * trainer (no province), since passing one approves a provincial trainer (training-access.ts mayWriteAudience; a
 * provincial trainer's trainers' course made before that rule stays out of their reach); nobody else. The permission
 * is 'course:edit' (lib/authz/can.ts); this is its reach. Whether the version is still a draft is the caller's check
 * (CONFLICT).
 */
export function mayEditCourse(actor: Actor | null, course: { createdById: string | null; audience: CourseAudience }): boolean {
  if (!actor || !can(actor, 'course:edit')) return false;
  if (actor.roles.includes('NATIONAL_OFFICE')) return true;
  if (course.audience === 'TRAINER' && actor.provinceId !== null) return false;
  return actor.roles.includes('TRAINER') && course.createdById === actor.id;
}
