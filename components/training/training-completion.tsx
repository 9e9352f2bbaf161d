import { getTranslations } from 'next-intl/server';
import { DataTable } from '@/components/stats/data-table';
import { formatDateTime, formatNumber, localized, type Locale } from '@/lib/i18n/format';
import type { Completion, TrainingFigures } from '@/lib/stats/training-figures';

type Props = {
  figures: TrainingFigures;
  locale: Locale;
  /** The heading level of the section's own heading: 2 under a page's h1 (the dashboards), as the page needs. */
  headingLevel?: 2 | 3;
};

/**
 * Training completion as tables (issue #18): the share of approved members holding a valid basic certificate, then
 * completion per province, per core and per group in the viewer's reach (lib/training/get-training-dashboard.ts).
 * Renders only; exact staff figures. Names written by people (groups, cores) are shown with dir="auto".
 */
export async function TrainingCompletion({ figures: f, locale, headingLevel = 2 }: Props) {
  const t = await getTranslations('trainingStats');
  const fmt = (v: number) => formatNumber(v, locale);
  const pct = (v: number | null) => (v === null ? t('noValue') : t('percent', { value: fmt(v) }));
  const cells = (c: Completion) => [fmt(c.enrolled), fmt(c.completed), pct(c.percent)];
  const counts = [t('enrolled'), t('completed'), t('rate')];
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h3' | 'h4';
  const { certified: c } = f;
  return (
    <section aria-labelledby="training-heading" className="space-y-4">
      <Heading id="training-heading" className="text-xl font-bold">
        {t('title')}
      </Heading>
      <div className="space-y-1 rounded-lg border border-brand-100 bg-brand-50 p-4 text-sm leading-7">
        <p>{t(`scope.${f.scope.kind}`)}</p>
        <p>{c.approved === 0 ? t('certifiedNone') : t('certified', { certified: fmt(c.certified), approved: fmt(c.approved), percent: pct(c.percent) })}</p>
        <p>{f.basicCourse === null ? t('basicAny') : t('basicCourse', { slug: f.basicCourse })}</p>
        <p>{t('countedAt', { when: formatDateTime(new Date(f.countedAt), locale) })}</p>
        <p className="text-muted">{t('definitions')}</p>
      </div>

      <Sub className="text-lg font-semibold">{t('byProvince')}</Sub>
      {f.provinces.length ? (
        <DataTable wide caption={t('byProvince')} headers={[t('province'), ...counts]} rows={f.provinces.map((p) => [localized(p, locale), ...cells(p)])} />
      ) : (
        <p className="text-muted">{t('noLearners')}</p>
      )}

      <Sub className="text-lg font-semibold">{t('byCore')}</Sub>
      {f.cores.length ? (
        <DataTable
          wide
          caption={t('byCore')}
          headers={[t('core'), t('province'), ...counts]}
          rows={f.cores.map((x) => [<UserText key="n" text={x.name} />, localized(x.province, locale), ...cells(x)])}
        />
      ) : (
        <p className="text-muted">{t('noLearners')}</p>
      )}

      <Sub className="text-lg font-semibold">{t('byGroup')}</Sub>
      {f.groups.length ? (
        <DataTable
          wide
          caption={t('byGroup')}
          headers={[t('group'), t('course'), t('province'), ...counts]}
          rows={f.groups.map((g) => [
            <UserText key="n" text={g.name} />,
            <UserText key="c" text={g.course} />,
            g.province ? localized(g.province, locale) : t('trainersGroup'),
            ...cells(g),
          ])}
        />
      ) : (
        <p className="text-muted">{t('noGroups')}</p>
      )}
    </section>
  );
}

function UserText({ text }: { text: string }) {
  return <span dir="auto">{text}</span>;
}
