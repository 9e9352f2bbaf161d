// The training section and the annual dashboard's training line as HTML (issue #18): Persian digits, the table
// headers a screen reader announces, user text with dir="auto".
import { prerenderToNodeStream } from 'react-dom/static';
import { describe, expect, it } from 'vitest';
import { AnnualDashboard } from '@/components/annual-report/annual-dashboard';
import { TrainingCompletion } from '@/components/training/training-completion';
import type { TrainingFigures } from '@/lib/stats/training-figures';
import { sampleAnnualFigures } from '@/lib/testing/annual-figures';
import fa from '@/messages/fa.json';

async function html(element: React.ReactElement): Promise<string> {
  const { prelude } = await prerenderToNodeStream(element);
  const chunks: Buffer[] = [];
  for await (const chunk of prelude) chunks.push(Buffer.from(chunk as Uint8Array));
  return Buffer.concat(chunks).toString('utf8');
}

const figures: TrainingFigures = {
  scope: { kind: 'province', provinceId: 4 },
  countedAt: '2026-03-26T09:00:00Z',
  basicCourse: 'reporting-basics',
  groups: [
    {
      id: 'g1',
      name: 'گروه Alpha',
      kind: 'MEMBERS',
      course: 'گزارش‌دهی',
      province: { name: 'تهران', nameEn: 'Tehran' },
      enrolled: 12,
      completed: 8,
      percent: 66.7,
    },
    { id: 'g2', name: 'کارگاه ۱', kind: 'TRAINERS', course: 'مربیگری', province: null, enrolled: 0, completed: 0, percent: null },
  ],
  cores: [{ id: 'c1', name: 'هسته نارمک', province: { name: 'تهران', nameEn: 'Tehran' }, enrolled: 20, completed: 5, percent: 25 }],
  provinces: [{ id: 4, name: 'تهران', nameEn: 'Tehran', enrolled: 1250, completed: 1000, percent: 80 }],
  certified: { approved: 300, certified: 123, percent: 41 },
};

describe('TrainingCompletion', () => {
  it('renders tables with captions, column and row headers, Persian digits and user text in dir="auto"', async () => {
    const out = await html(await TrainingCompletion({ figures, locale: 'fa' }));
    const t = fa.trainingStats;
    expect(out).toContain(`<h2 id="training-heading"`);
    for (const caption of [t.byProvince, t.byCore, t.byGroup]) expect(out).toContain(`>${caption}</caption>`);
    expect(out).toContain(`<th scope="col" class="px-2 py-2 text-start align-bottom font-semibold">${t.rate}</th>`);
    expect(out).toMatch(/<th scope="row"[^>]*><span dir="auto">گروه Alpha<\/span><\/th>/);
    expect(out).toContain('<span dir="auto">هسته نارمک</span>');
    expect(out).toContain('۱٬۲۵۰');
    expect(out).toContain('۶۶٫۷٪');
    expect(out).toContain(t.trainersGroup);
    // A group nobody enrolled through: no rate, not 0 %.
    expect(out).toContain(`<td class="px-2 py-1.5 whitespace-nowrap tabular-nums">${t.noValue}</td>`);
    expect(out).toContain('۱۲۳ از ۳۰۰ عضو پذیرفته');
    expect(out).toContain('۴۱٪');
    // Every number in Persian digits (the text, not the markup's class names).
    expect(out.replace(/<[^>]+>/g, ' ')).not.toMatch(/[0-9]/);
  });

  it('says so when the scope has no learner, group or approved member', async () => {
    const out = await html(
      await TrainingCompletion({
        figures: { ...figures, groups: [], cores: [], provinces: [], basicCourse: null, certified: { approved: 0, certified: 0, percent: null } },
        locale: 'fa',
      }),
    );
    expect(out).toContain(fa.trainingStats.noGroups);
    expect(out).toContain(fa.trainingStats.noLearners);
    expect(out).toContain(fa.trainingStats.certifiedNone);
    expect(out).toContain(fa.trainingStats.basicAny);
    expect(out).not.toContain('<table');
  });
});

describe("the annual dashboard's training line", () => {
  it('shows the share when the figures have one, and says why not otherwise', async () => {
    const f = sampleAnnualFigures();
    const line = (s: string) => fa.annualDashboard.training.replace('{value}', s);
    const shown = await html(await AnnualDashboard({ figures: f, locale: 'fa', path: '/national/dashboard', years: [1404] }));
    expect(shown).toContain(line('۶۲٫۵٪'));
    const none = await html(
      await AnnualDashboard({
        figures: { ...f, volunteers: { ...f.volunteers, trainingCompletionPercent: null } },
        locale: 'fa',
        path: '/national/dashboard',
        years: [1404],
      }),
    );
    expect(none).toContain(line(fa.annualDashboard.trainingLater));
  });
});
