// The publish and unpublish forms as a browser without JavaScript posts them (issue #16): the pressed button
// decides, the preview comes back with the card and the warnings and writes nothing, a refused publication
// keeps every typed value and brings the warnings that refused it, and the unpublish form needs its reason.
import { describe, expect, it } from 'vitest';
import { callAction, formOf } from '@/lib/testing/call-action';
import { ANSWER, cast, closedReport, SUMMARY } from '@/lib/testing/outcomes';
import { publishOutcomeAction, unpublishOutcomeAction } from './actions';

describe('the publish form', () => {
  it('previews, refuses without the warnings tick keeping what was typed, publishes, then unpublishes with a reason', async () => {
    const c = await cast();
    const r = await closedReport(c);
    const risky = `${SUMMARY} تماس: 0912-345-6789`;
    const fields = async (extra: Record<string, string>) =>
      formOf({ reportId: r.reportId, version: String(await r.version()), publicOutcome: risky, publicAnswer: ANSWER, ...extra });
    const as = { as: { ...c.national, roles: [...c.national.roles] }, path: `/reports/${r.reportId}` };

    const previewed = await callAction(publishOutcomeAction, await fields({ intent: 'preview' }), as);
    expect(previewed.ok).toBe(true);
    expect(previewed.data?.preview?.outcome.summary).toBe(risky);
    expect(previewed.data?.preview?.warnings).toEqual([{ kind: 'mobile', excerpt: '0912-345-6789' }]);
    expect(await r.db.publicOutcome.count({ where: { reportId: r.reportId } })).toBe(0);
    expect((await r.report()).publicOutcome).toBeNull();

    const refused = await callAction(publishOutcomeAction, await fields({ intent: 'publish', confirmed: 'on' }), as);
    expect(refused.fieldErrors?.warningsChecked?.[0]).toMatch(/هشدار/);
    expect(refused.values).toMatchObject({ publicOutcome: risky, publicAnswer: ANSWER, confirmed: 'on' });
    expect(refused.data?.preview?.warnings).toHaveLength(1);
    expect((await r.report()).status).toBe('CLOSED');

    const published = await callAction(publishOutcomeAction, await fields({ intent: 'publish', confirmed: 'on', warningsChecked: 'on' }), as);
    expect(published).toMatchObject({ ok: true, data: { published: true } });
    expect(published.fieldErrors).toBeUndefined();
    expect(await r.db.publicOutcome.count({ where: { reportId: r.reportId } })).toBe(1);

    const version = String(await r.version());
    const noReason = await callAction(unpublishOutcomeAction, formOf({ reportId: r.reportId, version, confirmed: 'on' }), as);
    expect(noReason.fieldErrors?.internalNote).toEqual(['دلیل را بنویسید.']);
    const done = await callAction(
      unpublishOutcomeAction,
      formOf({ reportId: r.reportId, version, internalNote: 'شماره تلفن در خلاصه بود.', confirmed: 'on' }),
      as,
    );
    expect(done.ok).toBe(true);
    expect(await r.db.publicOutcome.count({ where: { reportId: r.reportId } })).toBe(0);
  });
});
