import { describe, expect, it } from 'vitest';
import { mobileColumns } from '@/lib/crypto/personal-data';
import { seededDb, uniqueSuffix } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { deliverPending, eraseExpiredSecrets, MAX_ATTEMPTS } from './deliver';
import { enqueueNotification, enqueueNotifications } from './outbox';
import type { Provider } from './providers';
import { SECRET_TEMPLATES } from './templates';

const recording = () => {
  const sent: { to: string; body: string }[] = [];
  const provider: Provider = { name: 'test', send: async (m) => void sent.push({ to: m.to, body: m.body }) };
  return { sent, provider };
};

describe('notifier', () => {
  it("queues in the caller's transaction, once per key, and only if the transaction commits", async () => {
    const db = await seededDb();
    const user = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 3 });
    await db.user.update({
      where: { id: user.id },
      data: {
        ...mobileColumns(
          `0912${Math.floor(Math.random() * 1e7)
            .toString()
            .padStart(7, '0')}`,
        ),
        locale: 'en',
      },
    });
    const key = `test:${uniqueSuffix()}`;
    const queued = await db.$transaction((tx) =>
      enqueueNotification(tx, { userId: user.id }, 'report.overdue', { reportId: '01a209be-6ca4-749b-be5d-e68031b0c0de', caseNumber: '1405-23-00042' }, key),
    );
    expect(queued).toBe(2);
    expect(
      await db.$transaction((tx) =>
        enqueueNotification(tx, { userId: user.id }, 'report.overdue', { reportId: '01a209be-6ca4-749b-be5d-e68031b0c0de', caseNumber: '1405-23-00042' }, key),
      ),
    ).toBe(0);
    const rows = await db.notification.findMany({ where: { dedupeKey: { startsWith: key } }, orderBy: { channel: 'asc' } });
    expect(rows.map((r) => r.channel)).toEqual(['SMS', 'EMAIL']);
    expect(rows[0]!.body).toMatch(/^Sajam: case 1405-23-00042 /);

    const rolledBack = `test:${uniqueSuffix()}`;
    await expect(
      db.$transaction(async (tx) => {
        await enqueueNotification(tx, { channel: 'SMS', address: '+989120000000' }, 'otp', { code: '123456', minutes: 5 }, rolledBack);
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: rolledBack } } })).toBe(0);
  });

  it('delivers, masks the address afterwards, retries a failing gateway and gives up after the last attempt', async () => {
    const db = await seededDb();
    // Whatever earlier tests queued goes first, so the counts below are this test's own. Rows another
    // worker claimed moments ago (the jobs test's runner, stopped mid-batch) are skipped by design for five
    // minutes: they are set aside here (the database is this run's own).
    const drained = await deliverPending({ limit: 10_000, providers: { SMS: recording().provider, EMAIL: recording().provider } });
    expect(drained.retrying + drained.failed).toBe(0);
    await db.notification.updateMany({ where: { status: 'PENDING' }, data: { status: 'FAILED', lastError: 'set aside by the notifier test' } });
    const ok = `ok:${uniqueSuffix()}`;
    const bad = `bad:${uniqueSuffix()}`;
    await db.$transaction(async (tx) => {
      await enqueueNotification(tx, { channel: 'SMS', address: '+989121234567' }, 'otp', { code: '482913', minutes: 5 }, ok);
      await enqueueNotification(tx, { channel: 'EMAIL', address: 'reporter@example.org' }, 'otp', { code: '111111', minutes: 5 }, bad);
    });
    const sms = recording();
    const failing: Provider = {
      name: 'down',
      send: async () => {
        throw new Error('gateway down');
      },
    };

    const first = await deliverPending({ providers: { SMS: sms.provider, EMAIL: failing } });
    expect(first).toMatchObject({ sent: 1, retrying: 1, failed: 0 });
    expect(sms.sent).toEqual([{ to: '+989121234567', body: expect.stringContaining('۴۸۲۹۱۳') }]);
    const delivered = await db.notification.findFirstOrThrow({ where: { dedupeKey: `${ok}:SMS` } });
    expect(delivered).toMatchObject({ status: 'SENT', address: '+989***567', attempts: 1 });
    // The one-time code is gone from the database once a real gateway took it.
    expect(delivered.body).not.toMatch(/482913|۴۸۲۹۱۳/);
    expect(delivered.body).toContain('••••••');

    for (let i = 1; i < MAX_ATTEMPTS; i++) await deliverPending({ providers: { SMS: sms.provider, EMAIL: failing } });
    const gaveUp = await db.notification.findFirstOrThrow({ where: { dedupeKey: `${bad}:EMAIL` } });
    expect(gaveUp).toMatchObject({ status: 'FAILED', attempts: MAX_ATTEMPTS, lastError: 'gateway down', address: 'r***@example.org' });
    expect(gaveUp.body).not.toMatch(/111111|۱۱۱۱۱۱/);
    expect(sms.sent).toHaveLength(1);
  });

  it('queues one message to many users in one call: each active user on each channel, in their language, once', async () => {
    const db = await seededDb();
    const users = await Promise.all([1, 2, 3].map(() => createActor(db, ['NATIONAL_OFFICE'])));
    await db.user.update({ where: { id: users[0]!.id }, data: { email: `many-${uniqueSuffix()}@sajam.invalid`, locale: 'en' } });
    await db.user.update({ where: { id: users[1]!.id }, data: { email: `many-${uniqueSuffix()}@sajam.invalid` } });
    await db.user.update({ where: { id: users[2]!.id }, data: { email: `many-${uniqueSuffix()}@sajam.invalid`, status: 'DISABLED' } });
    const key = `many:${uniqueSuffix()}`;
    const call = () =>
      db.$transaction((tx) =>
        enqueueNotifications(tx, {
          userIds: users.map((u) => u.id),
          template: 'report.overdue',
          params: { reportId: '01a209be-6ca4-749b-be5d-e68031b0c0de', caseNumber: '1405-23-00042' },
          dedupeKey: (id) => `${key}:${id}`,
        }),
      );
    expect(await call()).toBe(2);
    expect(await call()).toBe(0);
    const rows = await db.notification.findMany({ where: { dedupeKey: { startsWith: key } } });
    expect(rows.map((r) => r.userId).sort()).toEqual([users[0]!.id, users[1]!.id].sort());
    expect(rows.find((r) => r.userId === users[0]!.id)!.body).toMatch(/^Sajam: case 1405-23-00042 /);
    expect(rows.find((r) => r.userId === users[1]!.id)!.body).toMatch(/[\u0600-\u06FF]/);
  });

  it('sends a one-time code before a backlog of older messages', async () => {
    const db = await seededDb();
    const staff = await createActor(db, ['PROVINCE_STAFF'], { provinceId: 3 });
    await db.user.update({ where: { id: staff.id }, data: { email: `backlog-${uniqueSuffix()}@sajam.invalid` } });
    const backlog = `backlog:${uniqueSuffix()}`;
    await db.$transaction(async (tx) => {
      for (let i = 0; i < 3; i++)
        await enqueueNotification(
          tx,
          { userId: staff.id },
          'report.overdue',
          { reportId: '01a209be-6ca4-749b-be5d-e68031b0c0de', caseNumber: '1405-23-00042' },
          `${backlog}:${i}`,
        );
    });
    const code = `code:${uniqueSuffix()}`;
    await db.$transaction((tx) => enqueueNotification(tx, { channel: 'SMS', address: '+989121239999' }, 'otp', { code: '314159', minutes: 5 }, code));

    // One pass as large as the one-time codes waiting: ours is among them although every status message is older.
    const secrets = await db.notification.count({ where: { status: 'PENDING', template: { in: Object.keys(SECRET_TEMPLATES) } } });
    const sms = recording();
    await deliverPending({ limit: secrets, providers: { SMS: sms.provider, EMAIL: recording().provider } });
    expect(await db.notification.findFirstOrThrow({ where: { dedupeKey: `${code}:SMS` } })).toMatchObject({ status: 'SENT' });
    expect(await db.notification.count({ where: { dedupeKey: { startsWith: backlog }, status: 'PENDING' } })).toBe(3);
    expect(sms.sent).toContainEqual({ to: '+989121239999', body: expect.stringContaining('۳۱۴۱۵۹') });
  });

  it('keeps a code readable in the development outbox only until it expires, and gives up on one never sent in time', async () => {
    const db = await seededDb();
    await deliverPending({ limit: 10_000, providers: { SMS: recording().provider, EMAIL: recording().provider } });
    const shown = `dev:${uniqueSuffix()}`;
    const stuck = `stuck:${uniqueSuffix()}`;
    await db.$transaction((tx) => enqueueNotification(tx, { channel: 'SMS', address: '+989121230000' }, 'otp', { code: '770011', minutes: 5 }, shown));
    const log: Provider = { name: 'log', send: async () => {} };
    await deliverPending({ providers: { SMS: log, EMAIL: log } });
    const row = () => db.notification.findFirstOrThrow({ where: { dedupeKey: `${shown}:SMS` } });
    expect((await row()).body).toContain('۷۷۰۰۱۱');

    // A code queued while no gateway answers, and the clock past its five minutes.
    await db.$transaction((tx) => enqueueNotification(tx, { channel: 'SMS', address: '+989121230001' }, 'otp', { code: '990022', minutes: 5 }, stuck));
    const later = new Date(Date.now() + 6 * 60_000);
    expect(await eraseExpiredSecrets({ now: later })).toBeGreaterThanOrEqual(2);
    expect((await row()).body).not.toContain('۷۷۰۰۱۱');
    const expired = await db.notification.findFirstOrThrow({ where: { dedupeKey: `${stuck}:SMS` } });
    expect(expired).toMatchObject({ status: 'FAILED', lastError: 'expired before delivery', address: '+989***001' });
    expect(expired.body).not.toContain('۹۹۰۰۲۲');
    // Nothing clear is left anywhere in the table for these codes.
    const [hits] = await db.$queryRaw<{ n: bigint }[]>`SELECT count(*) AS n FROM "Notification" t WHERE t::text LIKE '%۷۷۰۰۱۱%' OR t::text LIKE '%۹۹۰۰۲۲%'`;
    expect(Number(hits!.n)).toBe(0);
  });
});

describe('staff messages', () => {
  it('name the case by its number, in Persian digits for Persian readers, with a full link to the site', async () => {
    const { renderTemplate } = await import('./templates');
    const previous = process.env.NEXTAUTH_URL;
    process.env.NEXTAUTH_URL = 'https://sajam.example';
    try {
      const ref = { reportId: '01a209be-6ca4-749b-be5d-e68031b0c0de', caseNumber: '1405-23-00042' };
      expect(renderTemplate('report.assigned', 'fa', ref)).toBe(
        'سجام: پرونده ۱۴۰۵-۲۳-۰۰۰۴۲ به شما سپرده شد.\nhttps://sajam.example/reports/01a209be-6ca4-749b-be5d-e68031b0c0de',
      );
      expect(renderTemplate('report.overdue', 'en', ref)).toContain('case 1405-23-00042');
      expect(renderTemplate('report.escalated', 'fa', ref)).toContain('https://sajam.example/reports/');
    } finally {
      if (previous === undefined) delete process.env.NEXTAUTH_URL;
      else process.env.NEXTAUTH_URL = previous;
    }
  });
});
