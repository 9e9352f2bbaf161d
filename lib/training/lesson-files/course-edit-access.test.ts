import { describe, expect, it } from 'vitest';
import { testActor } from '@/lib/testing/reports';
import { mayEditCourse } from './course-edit-access';

describe('mayEditCourse', () => {
  const trainer = testActor(['TRAINER'], { id: 'a', provinceId: 8 });
  const members = (createdById: string | null) => ({ createdById, audience: 'MEMBER' as const });
  it('the national office any course, a trainer only their own, nobody else', () => {
    expect(mayEditCourse(testActor(['NATIONAL_OFFICE']), members(null))).toBe(true);
    expect(mayEditCourse(trainer, members('a'))).toBe(true);
    expect(mayEditCourse(trainer, members('b'))).toBe(false);
    expect(mayEditCourse(trainer, members(null))).toBe(false);
    expect(mayEditCourse(testActor(['PROVINCE_STAFF', 'MEMBER'], { id: 'a' }), members('a'))).toBe(false);
    expect(mayEditCourse(testActor(['ADMIN']), members(null))).toBe(false);
    expect(mayEditCourse(null, members(null))).toBe(false);
  });

  it('a trainers’ course: a national trainer their own, never a provincial trainer, even one they made', () => {
    const trainers = (createdById: string | null) => ({ createdById, audience: 'TRAINER' as const });
    expect(mayEditCourse(trainer, trainers('a'))).toBe(false);
    expect(mayEditCourse(testActor(['TRAINER'], { id: 'n', provinceId: null }), trainers('n'))).toBe(true);
    expect(mayEditCourse(testActor(['NATIONAL_OFFICE']), trainers(null))).toBe(true);
  });
});
