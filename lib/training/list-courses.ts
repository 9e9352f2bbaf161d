import 'server-only';
import type { Actor } from '@/lib/authz';
import { can } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import type { CourseAudience } from '@/lib/generated/prisma/client';
import { learnerAudiences, readableAudiences } from './training-access';
import { mayEditCourse } from './lesson-files/course-edit-access';

export type CourseSummary = {
  id: string;
  slug: string;
  audience: CourseAudience;
  title: string;
  version: number;
  lessons: number;
  minutes: number;
  /** The actor's enrollment in progress: lessons done of the version they started. */
  progress: { done: number; total: number } | null;
};

export type EditableCourse = { id: string; slug: string; audience: CourseAudience; title: string; published: number | null; draft: number | null };

/**
 * The courses on /training (issue #18): the published ones the actor may read with their own progress (`learning`:
 * audiences they take), and — for editors — the courses they may edit with their published and draft version numbers.
 */
export async function listCourses({ actor }: { actor: Actor }): Promise<{ learning: CourseSummary[]; others: CourseSummary[]; editable: EditableCourse[] }> {
  const db = await getDb();
  const courses = await db.course.findMany({
    where: { audience: { in: readableAudiences(actor) }, versions: { some: { publishedAt: { not: null } } } },
    orderBy: { createdAt: 'asc' },
    include: {
      versions: {
        where: { publishedAt: { not: null } },
        orderBy: { version: 'desc' },
        take: 1,
        include: { lessons: { select: { minutes: true } } },
      },
      enrollments: {
        where: { userId: actor.id, completedAt: null },
        include: { lessons: { select: { lessonId: true } }, version: { select: { _count: { select: { lessons: true } } } } },
      },
    },
  });
  const takes = learnerAudiences(actor);
  const summaries = courses.map((c): CourseSummary & { takes: boolean } => {
    const current = c.versions[0]!;
    const open = c.enrollments[0];
    return {
      id: c.id,
      slug: c.slug,
      audience: c.audience,
      title: current.title,
      version: current.version,
      lessons: current.lessons.length,
      minutes: current.lessons.reduce((sum, l) => sum + l.minutes, 0),
      progress: open ? { done: open.lessons.length, total: open.version._count.lessons } : null,
      takes: takes.includes(c.audience),
    };
  });
  const strip = (s: CourseSummary & { takes: boolean }): CourseSummary => {
    const { takes, ...rest } = s;
    void takes;
    return rest;
  };
  let editable: EditableCourse[] = [];
  if (can(actor, 'course:edit')) {
    const mine = await db.course.findMany({
      where: actor.roles.includes('NATIONAL_OFFICE') ? {} : { createdById: actor.id },
      orderBy: { createdAt: 'asc' },
      include: { versions: { orderBy: { version: 'desc' }, select: { version: true, title: true, publishedAt: true } } },
    });
    // The same reach as the editor's pages (course-edit-access.ts): no link to a course that would answer NOT_FOUND.
    editable = mine
      .filter((c) => mayEditCourse(actor, c))
      .map((c) => ({
        id: c.id,
        slug: c.slug,
        audience: c.audience,
        title: c.versions[0]?.title ?? c.slug,
        published: c.versions.find((v) => v.publishedAt)?.version ?? null,
        draft: c.versions.find((v) => !v.publishedAt)?.version ?? null,
      }));
  }
  return { learning: summaries.filter((s) => s.takes).map(strip), others: summaries.filter((s) => !s.takes).map(strip), editable };
}
