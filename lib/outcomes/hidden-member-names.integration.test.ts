// Found by the break-it review of issue #16: the preview's name check is an oracle for a member who asked to stay hidden.
// revealIdentity never reveals a member with hideIdentity (and audits every reveal), but the preview checks
// the summary against the member's names whatever hideIdentity says, and answers which words matched —
// unaudited, as often as asked, up to ~2000 characters of guesses at a time.
import { describe, expect, it } from 'vitest';
import { PartlyDone } from '@/lib/actions/define-action';
import { revealIdentity } from '@/lib/reports/reveal-identity';
import { createActor } from '@/lib/testing/reports';
import { ANSWER, cast, closedReport, SUMMARY } from '@/lib/testing/outcomes';
import { previewOutcome } from './preview-outcome';

describe('h16x review: the preview must not identify a hidden member', () => {
  it('does not tell the national office which guessed name is the hidden member’s', async () => {
    const c = await cast();
    const r = await closedReport(c);
    // The report was a member's, who asked to stay hidden.
    const member = await createActor(r.db, ['MEMBER']);
    await r.db.user.update({ where: { id: member.id }, data: { name: 'فرهاد نیک‌زاد' } });
    await r.db.report.update({ where: { id: r.reportId }, data: { submitterId: member.id, hideIdentity: true } });

    // The audited reveal refuses to say who it is.
    const revealed = await revealIdentity({ actor: c.national, reportId: r.reportId });
    expect(revealed.member).toBeNull();

    // The preview, with a list of candidates, answers anyway (no audit event is written).
    const audits = await r.db.auditEvent.count({ where: { objectId: r.reportId } });
    const guesses = `${SUMMARY} کاظمی رضایی احمدی فرهاد محمدی`;
    const previewed = await previewOutcome({ actor: c.national, reportId: r.reportId, publicOutcome: guesses, publicAnswer: ANSWER, locale: 'fa' });
    const preview = previewed instanceof PartlyDone ? previewed.data : previewed;
    expect(await r.db.auditEvent.count({ where: { objectId: r.reportId } })).toBe(audits);
    expect(preview.warnings.filter((w) => w.kind === 'name').map((w) => w.excerpt)).toEqual([]);
  });
});
