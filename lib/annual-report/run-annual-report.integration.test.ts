// The job's progress and failure as the staff list reads them from the row. The renderer is replaced by one that
// reports progress and looks at the row meanwhile (or fails): what is tested is the job's bookkeeping, not the PDF.
import { describe, expect, it, vi } from 'vitest';
import { getDb } from '@/lib/db/client';
import { toJalali } from '@/lib/i18n/format';
import { withoutBackgroundJobs } from '@/lib/testing/jobs';
import { seededDb } from '@/lib/testing/db';
import { createActor } from '@/lib/testing/reports';
import { requestAnnualReport } from './request-annual-report';
import { runAnnualReport } from './run-annual-report';

const seen: { stage: string | null; percent: number; status: string }[] = [];
let failWith: Error | null = null;

vi.mock('./pdf/render-in-child', () => ({
  renderAnnualReportPdfInChild: async ({ onProgress }: { onProgress?: (stage: string, percent: number) => Promise<void> | void }) => {
    const db = await getDb();
    const look = async () =>
      seen.push(await db.annualReport.findFirstOrThrow({ where: { status: 'RUNNING' }, select: { stage: true, percent: true, status: true } }));
    await look();
    // A second pass (a table of contents) starts again from 0: the bar never moves back.
    for (const percent of [0, 20, 50, 100, 0, 30]) {
      await onProgress?.('pages', percent);
      await look();
    }
    if (failWith) throw failWith;
    return new TextEncoder().encode('%PDF-1.4\n% test\n%%EOF\n');
  },
}));

const CURRENT = toJalali(new Date()).jy;
withoutBackgroundJobs();

describe('the annual report job', () => {
  it('writes its stage and percent to the row as it goes: figures, then rendering 40→90, then storing, then done at 100', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const { id } = await requestAnnualReport({ actor: national, input: { year: CURRENT - 9 } });
    expect(await runAnnualReport()).toEqual({ id, status: 'DONE' });
    expect(seen.map((s) => `${s.stage}:${s.percent}`)).toEqual([
      'rendering:40',
      'rendering:40',
      'rendering:50',
      'rendering:65',
      'rendering:90',
      'rendering:90',
      'rendering:90',
    ]);
    expect(await db.annualReport.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: 'DONE', percent: 100, stage: null });
  });

  it('a failure is FAILED with a safe reason and the log’s error id, never the error’s text', async () => {
    const db = await seededDb();
    const national = await createActor(db, ['NATIONAL_OFFICE']);
    const { id } = await requestAnnualReport({ actor: national, input: { year: CURRENT - 10 } });
    failWith = new Error('ENOSPC: secret path /var/lib/sajam exploded');
    expect(await runAnnualReport()).toEqual({ id, status: 'FAILED' });
    const row = await db.annualReport.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ status: 'FAILED', activeKey: null, storageKey: null, sha256: null });
    expect(row.error).toMatch(/^INTERNAL:[0-9a-f]{8}$/);
    expect(row.finishedAt).not.toBeNull();
  });
});
