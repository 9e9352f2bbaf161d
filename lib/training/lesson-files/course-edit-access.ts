import 'server-only';
import type { Actor } from '@/lib/authz';
import { can } from '@/lib/authz';

/**
 * Who writes a course (issue #18: "The national office and trainers write and edit courses"): the national office any
 * course, a trainer the courses they created. Everyone else — and a trainer on another trainer's course — is refused as
 * NOT_FOUND by the callers (the course may be a draft nobody else sees).
 */
export function mayEditCourse(actor: Actor, course: { createdById: string | null }): boolean {
  if (!can(actor, 'course:edit')) return false;
  if (actor.roles.includes('NATIONAL_OFFICE')) return true;
  return actor.roles.includes('TRAINER') && course.createdById === actor.id;
}
