// The trainer-of-trainers groups (issue #18): the national office trains five trainers from each province in four
// workshop groups of provinces (Province.workshopGroup, from ../shared/PRODUCT.md). Seeded as four TRAINERS groups
// run by the demo national trainer on the trainers' course. Idempotent: a group of the same course, workshop group and name is left as it is (the office may add more).
import type { PrismaClient } from '@/lib/generated/prisma/client';
import { toPersianDigits } from '@/lib/text/normalize';

/** The demo national trainer (prisma/seed.ts demoAccounts): role TRAINER, no province. */
export const NATIONAL_TRAINER_EMAIL = 'trainer.national@sajam.test';
/** The seeded trainers' course (prisma/seed-training.ts). */
export const TRAINERS_COURSE_SLUG = 'trainers';
export const WORKSHOP_GROUPS = [1, 2, 3, 4] as const;

export const workshopGroupName = (n: number) => `کارگاه مربیان — گروه ${toPersianDigits(n)}`;

/**
 * Creates the four workshop groups on the course `trainers`, run by NATIONAL_TRAINER_EMAIL. Skips (returns 0) when
 * the course or the account is missing, e.g. a production seed without demo data. Returns how many it created.
 */
export async function seedTrainerGroups(db: PrismaClient): Promise<number> {
  const [course, trainer] = await Promise.all([
    db.course.findUnique({ where: { slug: TRAINERS_COURSE_SLUG }, select: { id: true, audience: true } }),
    db.user.findUnique({ where: { email: NATIONAL_TRAINER_EMAIL }, select: { id: true } }),
  ]);
  if (!course || course.audience !== 'TRAINER' || !trainer) return 0;
  let created = 0;
  for (const workshopGroup of WORKSHOP_GROUPS) {
    const existing = await db.trainingGroup.findFirst({
      where: { kind: 'TRAINERS', courseId: course.id, workshopGroup, name: workshopGroupName(workshopGroup) },
      select: { id: true },
    });
    if (existing) continue;
    await db.trainingGroup.create({
      data: { kind: 'TRAINERS', name: workshopGroupName(workshopGroup), courseId: course.id, trainerId: trainer.id, provinceId: null, workshopGroup },
    });
    created++;
  }
  return created;
}
