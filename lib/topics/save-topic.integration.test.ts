import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@/lib/audit/verify-chain';
import { parseJalaliDate, tehranToday } from '@/lib/i18n/format';
import { reportFormOptions } from '@/lib/reports/form-options';
import { reportFormProps } from '@/lib/reports/report-form-props';
import { submitReport } from '@/lib/reports/submit-report';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor, reportInput } from '@/lib/testing/reports';
import { listActiveTopics } from './list-active-topics';
import { getTopicForManager, listTopicsForManager } from './list-topics-for-manager';
import { saveTopic } from './save-topic';
import { parseTopicForm, type TopicInput } from './topic-input';
import { dayWindow } from './topic-window';

const TEHRAN = 4;
const ISFAHAN = 6;
const DAY = 86_400_000;
const rateKey = () => `test-${uniqueSuffix()}`;

/** A national topic open from two Tehran days ago to two days ahead, unless told otherwise. */
function input(overrides: Partial<TopicInput> = {}): TopicInput {
  const today = tehranToday();
  return {
    title: `حوزه آزمون ${uniqueSuffix()}`,
    titleEn: 'Test topic',
    description: 'شرح یک حوزه اولویت‌دار برای آزمون.',
    descriptionEn: '',
    provinceId: null,
    active: true,
    ...dayWindow(new Date(today.getTime() - 2 * DAY), new Date(today.getTime() + 2 * DAY)),
    ...overrides,
  };
}

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

describe('priority topics', () => {
  it('the national office announces a national topic: on the home page and the report form, audited, with a generated slug', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const parsed = parseTopicForm(
      form({
        title: 'قاچاق سوخت',
        titleEn: 'Fuel smuggling, at the border!',
        description: 'گزارش قاچاق سوخت در مرزها.',
        startsOn: '1400/01/01',
        endsOn: '1499/12/29',
        active: 'on',
      }),
    );
    const { id } = await saveTopic({ actor: national, input: parsed.data! });
    const saved = await db.topic.findUniqueOrThrow({ where: { id } });
    expect(saved).toMatchObject({ slug: 'fuel-smuggling-at-the-border', provinceId: null, createdById: national.id, active: true });
    expect((await listActiveTopics()).map((t) => t.id)).toContain(id);
    expect((await reportFormOptions()).topics.find((t) => t.id === id)).toMatchObject({ provinceId: null, province: null });

    const event = await db.auditEvent.findFirstOrThrow({ where: { action: 'topic.saved', objectId: String(id) } });
    expect(event.meta).toMatchObject({ created: true, before: null, after: { slug: saved.slug, active: true, provinceId: null } });
    // The same English title again takes the next free slug.
    const again = await saveTopic({ actor: national, input: parsed.data! });
    expect((await db.topic.findUniqueOrThrow({ where: { id: again.id } })).slug).toBe('fuel-smuggling-at-the-border-2');
  });

  it("keeps a province's staff to their own province: theirs announced whatever is posted, others' NOT_FOUND", async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const tehran = await createActor(db, ['PROVINCE_STAFF'], { provinceId: TEHRAN });
    const isfahan = await createActor(db, ['PROVINCE_STAFF'], { provinceId: ISFAHAN });
    const admin = await createActor(db, ['ADMIN']);
    const noProvince = await createActor(db, ['PROVINCE_STAFF']);

    const ours = await saveTopic({ actor: tehran, input: input({ provinceId: ISFAHAN }) });
    expect((await db.topic.findUniqueOrThrow({ where: { id: ours.id } })).provinceId).toBe(TEHRAN);
    const nationalTopic = await saveTopic({ actor: national, input: input() });
    const theirs = await saveTopic({ actor: national, input: input({ provinceId: ISFAHAN }) });

    await expect(saveTopic({ actor: tehran, topicId: nationalTopic.id, input: input() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveTopic({ actor: tehran, topicId: theirs.id, input: input() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveTopic({ actor: isfahan, topicId: ours.id, input: input() })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getTopicForManager({ actor: isfahan, topicId: ours.id })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(saveTopic({ actor: admin, input: input() })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(listTopicsForManager({ actor: noProvince })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(saveTopic({ actor: national, input: input({ provinceId: 99 }) })).rejects.toMatchObject({ fieldErrors: { provinceId: ['province'] } });

    const listed = (await listTopicsForManager({ actor: tehran })).map((t) => t.id);
    expect(listed).toContain(ours.id);
    expect(listed).not.toContain(nationalTopic.id);
    expect(listed).not.toContain(theirs.id);
    expect((await listTopicsForManager({ actor: national })).map((t) => t.id)).toEqual(expect.arrayContaining([ours.id, nationalTopic.id, theirs.id]));

    // The national office edits any topic: before and after are audited, the texts named, never copied.
    const before = await db.topic.findUniqueOrThrow({ where: { id: ours.id } });
    await saveTopic({ actor: national, topicId: ours.id, input: input({ title: 'عنوان تازه', provinceId: TEHRAN, active: false }) });
    const edit = await db.auditEvent.findFirstOrThrow({ where: { action: 'topic.saved', objectId: String(ours.id), actorId: national.id } });
    expect(edit.meta).toEqual({
      created: false,
      before: { slug: before.slug, active: true, provinceId: TEHRAN, startsAt: before.startsAt.toISOString(), endsAt: before.endsAt!.toISOString() },
      after: { slug: before.slug, active: false, provinceId: TEHRAN, startsAt: before.startsAt.toISOString(), endsAt: before.endsAt!.toISOString() },
      changed: ['title', 'active'],
    });
    expect(JSON.stringify(edit.meta)).not.toContain('عنوان تازه');
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it("shows a provincial topic under its province, refuses it for another province's report, and a deactivated topic leaves the form but not old reports", async () => {
    const db = await seededDb();
    const tehran = await createActor(db, ['PROVINCE_STAFF'], { provinceId: TEHRAN });
    const { id } = await saveTopic({ actor: tehran, input: input() });

    expect((await listActiveTopics()).find((t) => t.id === id)).toMatchObject({ provinceId: TEHRAN, province: { nameEn: 'Tehran' } });
    // A member's form offers the national topics and their own province's only.
    expect((await reportFormProps('fa', { topicsOf: TEHRAN })).options.topics.map((t) => t.id)).toContain(id);
    expect((await reportFormProps('fa', { topicsOf: ISFAHAN })).options.topics.map((t) => t.id)).not.toContain(id);

    await expect(
      submitReport({ actor: null, input: reportInput({ provinceId: String(ISFAHAN), topicId: String(id) }), files: [], rateKey: rateKey() }),
    ).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { topicId: ['topicProvince'] } });
    const { reportId } = await submitReport({
      actor: null,
      input: reportInput({ provinceId: String(TEHRAN), topicId: String(id) }),
      files: [],
      rateKey: rateKey(),
    });
    expect((await listTopicsForManager({ actor: tehran })).find((t) => t.id === id)).toMatchObject({ reports: 1, phase: 'open' });

    await saveTopic({ actor: tehran, topicId: id, input: input({ active: false }) });
    expect((await listActiveTopics()).map((t) => t.id)).not.toContain(id);
    expect((await reportFormOptions()).topics.map((t) => t.id)).not.toContain(id);
    await expect(
      submitReport({ actor: null, input: reportInput({ provinceId: String(TEHRAN), topicId: String(id) }), files: [], rateKey: rateKey() }),
    ).rejects.toMatchObject({ fieldErrors: { topicId: ['topic'] } });
    expect((await db.report.findUniqueOrThrow({ where: { id: reportId } })).topicId).toBe(id);
    expect((await listTopicsForManager({ actor: tehran })).find((t) => t.id === id)).toMatchObject({ reports: 1, phase: 'inactive' });
  });

  it('opens and closes with its Tehran days: upcoming is not offered, ended is not either', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const first = parseJalaliDate('1405/09/10')!;
    const last = parseJalaliDate('1405/09/12')!;
    const { id } = await saveTopic({ actor: national, input: input(dayWindow(first, last)) });
    const ids = async (iso: string) => (await listActiveTopics(new Date(iso))).map((t) => t.id);
    expect(await ids('2026-11-30T20:29:00Z')).not.toContain(id); // 23:59 Tehran, the day before
    expect(await ids('2026-11-30T20:31:00Z')).toContain(id); // 00:01 Tehran on Azar 10
    expect(await ids('2026-12-03T20:29:00Z')).toContain(id); // 23:59 Tehran on Azar 12
    expect(await ids('2026-12-03T20:31:00Z')).not.toContain(id); // 00:01 Tehran on Azar 13
    expect(await db.topic.count({ where: { id } })).toBe(1);
  });
});
