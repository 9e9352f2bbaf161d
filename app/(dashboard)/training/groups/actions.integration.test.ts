// The groups' forms as the browser posts them (no JavaScript needed): refusals come back in Persian beside their
// fields with the typed values kept; a trainer not yet approved is told to finish the trainers' course first.
import { describe, expect, it } from 'vitest';
import type { Actor } from '@/lib/authz';
import { toJalali } from '@/lib/i18n/format';
import { callAction, formOf } from '@/lib/testing/call-action';
import { seededDb } from '@/lib/testing/db';
import { createActor, createCore } from '@/lib/testing/reports';
import { certify, createCourse } from '@/lib/testing/training-groups';
import { createGroup } from '@/lib/training/groups/create-group';
import { addMembersAction, createGroupAction, hidePostAction, postToGroupAction, scheduleSessionAction } from './actions';

const as = (a: Actor) => ({ as: { id: a.id, name: a.name, roles: [...a.roles] } });

describe('training group actions', () => {
  it('an unapproved trainer is refused with the reason next to the course, the name kept', async () => {
    const db = await seededDb();
    const { course } = await createCourse(db, 'MEMBER');
    const trainer = await createActor(db, ['TRAINER'], { provinceId: 8 });
    const refused = await callAction(createGroupAction, formOf({ kind: 'MEMBERS', name: 'گروه پاییز', courseId: course.id }), as(trainer));
    expect(refused).toMatchObject({ ok: false, code: 'FORBIDDEN', values: { name: 'گروه پاییز', courseId: course.id } });
    expect(refused.fieldErrors!.courseId![0]).toContain('دوره مربیان');
    // A member holds no 'trainingGroup:manage' at all.
    const member = await createActor(db, ['MEMBER']);
    expect(await callAction(createGroupAction, formOf({ kind: 'MEMBERS', name: 'گروه', courseId: course.id }), as(member))).toMatchObject({
      ok: false,
      code: 'FORBIDDEN',
    });
  });

  it('schedules with Persian digits, names every bad field in Persian, and adds members by a pasted list', async () => {
    const db = await seededDb();
    const [memberCourse, trainersCourse] = [await createCourse(db, 'MEMBER'), await createCourse(db, 'TRAINER')];
    const trainer = await createActor(db, ['TRAINER'], { provinceId: 8 });
    await certify(db, trainer.id, trainersCourse.version.id, trainersCourse.course.id);
    const { id } = await createGroup({ actor: trainer, input: { kind: 'MEMBERS', name: 'گروه زمستان', courseId: memberCourse.course.id } });

    const bad = await callAction(
      scheduleSessionAction,
      formOf({ groupId: id, title: 'ج', date: '۱۴۰۵/۱۳/۰۱', time: '۲۵:۰۰', minutes: '۱۰', roomUrl: 'https://u:p@room.example/x' }),
      as(trainer),
    );
    expect(bad).toMatchObject({ ok: false, code: 'VALIDATION', values: { roomUrl: 'https://u:p@room.example/x', date: '۱۴۰۵/۱۳/۰۱' } });
    expect(Object.keys(bad.fieldErrors!).sort()).toEqual(['date', 'minutes', 'roomUrl', 'time', 'title']);
    expect(bad.fieldErrors!.roomUrl![0]).toContain('https');

    const nextYear = toJalali(new Date()).jy + 1;
    const good = await callAction(
      scheduleSessionAction,
      formOf({ groupId: id, title: 'جلسه نخست', date: `${nextYear}/۰۱/۱۵`, time: '۱۸:۳۰', minutes: '۹۰', roomUrl: 'https://bbb.example.ir/b/abc' }),
      as(trainer),
    );
    expect(good).toMatchObject({ ok: true, message: 'جلسه افزوده شد.' });
    const session = await db.groupSession.findFirstOrThrow({ where: { groupId: id } });
    expect(session).toMatchObject({ minutes: 90, roomUrl: 'https://bbb.example.ir/b/abc', title: 'جلسه نخست' });

    const learner = await createActor(db, ['MEMBER'], { coreId: (await createCore(db, 8)).id, provinceId: 8 });
    const code = (await db.member.findUniqueOrThrow({ where: { userId: learner.id } })).membershipCode!;
    const added = await callAction(addMembersAction, formOf({ groupId: id, lines: `\u200e${code}\n\nNO-SUCH` }), as(trainer));
    expect(added).toMatchObject({ ok: true, data: { added: [code], already: [], notFound: ['NO-SUCH'], noPlace: [], barred: [] } });

    // Another trainer's post to this group: NOT_FOUND, the same answer as for no group at all.
    const other = await createActor(db, ['TRAINER'], { provinceId: 9 });
    expect(await callAction(postToGroupAction, formOf({ groupId: id, body: 'سلام' }), as(other))).toMatchObject({ ok: false, code: 'NOT_FOUND' });
    expect(await callAction(postToGroupAction, formOf({ groupId: id, body: 'سلام' }), as(learner))).toMatchObject({ ok: true, message: 'پیام فرستاده شد.' });
    const post = await db.groupPost.findFirstOrThrow({ where: { groupId: id } });
    const short = await callAction(hidePostAction, formOf({ postId: post.id, reason: 'ن' }), as(trainer));
    expect(short).toMatchObject({ ok: false, values: { reason: 'ن' } });
    expect(short.fieldErrors!.reason![0]).toContain('۳ تا ۳۰۰');
  });
});
