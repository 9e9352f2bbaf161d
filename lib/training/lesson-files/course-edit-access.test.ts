import { describe, expect, it } from 'vitest';
import { testActor } from '@/lib/testing/reports';
import { mayEditCourse } from './course-edit-access';

describe('mayEditCourse', () => {
  const trainer = testActor(['TRAINER'], { id: 'a' });
  it('the national office any course, a trainer only their own, nobody else', () => {
    expect(mayEditCourse(testActor(['NATIONAL_OFFICE']), { createdById: null })).toBe(true);
    expect(mayEditCourse(trainer, { createdById: 'a' })).toBe(true);
    expect(mayEditCourse(trainer, { createdById: 'b' })).toBe(false);
    expect(mayEditCourse(trainer, { createdById: null })).toBe(false);
    expect(mayEditCourse(testActor(['PROVINCE_STAFF', 'MEMBER'], { id: 'a' }), { createdById: 'a' })).toBe(false);
    expect(mayEditCourse(testActor(['ADMIN']), { createdById: null })).toBe(false);
    expect(mayEditCourse(null, { createdById: null })).toBe(false);
  });
});
