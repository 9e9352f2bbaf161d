import { can, type Actor } from '@/lib/authz';

/**
 * Whether `actor` may edit `course` (its drafts, their lessons and files): the national office any course, a
 * trainer the courses they created (`Course.createdById`); nobody else. The permission is 'course:edit'
 * (lib/authz/can.ts); this is its reach. Whether the version is still a draft is the caller's check (CONFLICT).
 */
export function mayEditCourse(actor: Actor | null, course: { createdById: string | null }): boolean {
  if (!actor || !can(actor, 'course:edit')) return false;
  return actor.roles.includes('NATIONAL_OFFICE') || (actor.roles.includes('TRAINER') && course.createdById === actor.id);
}
