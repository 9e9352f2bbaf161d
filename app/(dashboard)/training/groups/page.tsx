import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { GroupForm, type GroupFormField } from '@/components/training/groups/group-form';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDateTime, localDigits, localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { getNewGroupOptions, type NewGroupOptions } from '@/lib/training/groups/get-new-group-options';
import { listGroups } from '@/lib/training/groups/list-groups';
import { createGroupAction } from './actions';

export const generateMetadata = titled('trainingGroups');

/** `/training/groups`: the groups the person runs, oversees or learns in, and a "new group" form for those who may create one. */
export default withFallbackPages(async function TrainingGroups() {
  const { data } = await loadPage({
    returnTo: '/training/groups',
    load: async (actor) => ({ groups: await listGroups({ actor }), options: await getNewGroupOptions({ actor }) }),
  });
  const [t, locale] = await Promise.all([getTranslations('trainingGroups'), currentLocale()]);
  const { groups, options } = data;
  const n = (x: number) => localDigits(x, locale);
  return (
    <section className="space-y-6" aria-labelledby="groups-title">
      <h1 id="groups-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="leading-7 text-muted">{t('intro')}</p>
      {groups.length === 0 ? (
        <p className="text-muted">{t('none')}</p>
      ) : (
        <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
          <table className="w-full text-sm" data-testid="groups-table">
            <caption className="sr-only">{t('table.caption')}</caption>
            <thead className="bg-slate-50 text-start">
              <tr>
                {(['name', 'course', 'trainer', 'place', 'learners', 'sessions', 'nextSession', 'as'] as const).map((k) => (
                  <th key={k} scope="col" className="px-3 py-2 text-start font-semibold">
                    {t(`table.${k}`)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {groups.map((g) => (
                <tr key={g.id} className="border-t border-slate-200">
                  <th scope="row" className="px-3 py-2 text-start font-medium">
                    <Link href={`/training/groups/${g.id}`} className="text-brand-800 underline">
                      <bdi>{g.name}</bdi>
                    </Link>
                    <span className="block text-xs text-muted">{t(`kinds.${g.kind}`)}</span>
                  </th>
                  <td className="px-3 py-2">
                    <bdi>{g.courseTitle}</bdi>
                  </td>
                  <td className="px-3 py-2">
                    <bdi>{g.trainerName}</bdi>
                  </td>
                  <td className="px-3 py-2">{g.province ? localized(g.province, locale) : g.workshopGroup ? t('workshop', { n: n(g.workshopGroup) }) : ''}</td>
                  <td className="px-3 py-2">{n(g.learners)}</td>
                  <td className="px-3 py-2">{n(g.sessions)}</td>
                  <td className="px-3 py-2">{g.nextSessionAt ? formatDateTime(g.nextSessionAt, locale) : t('noNext')}</td>
                  <td className="px-3 py-2">{t(`as.${g.as}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <NewGroup options={options} />
    </section>
  );
});

async function NewGroup({ options }: { options: NewGroupOptions }) {
  const [t, locale] = await Promise.all([getTranslations('trainingGroups'), currentLocale()]);
  if (options.notApproved && options.kinds.length === 0)
    return (
      <section aria-labelledby="new-group-title" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="new-group-title" className="text-lg font-bold">
          {t('new.title')}
        </h2>
        <p className="leading-7" data-testid="not-approved">
          {t('new.notApproved')}
        </p>
      </section>
    );
  if (options.kinds.length === 0) return null;
  const trainers = options.kinds.includes('TRAINERS');
  const both = options.kinds.length > 1;
  const choose = { value: '', label: t('new.choose') };
  const courses = options.kinds.flatMap((k) => options.courses[k].map((c) => ({ value: c.id, label: both ? `${c.title} (${t(`kinds.${k}`)})` : c.title })));
  const fields: GroupFormField[] = [
    ...(both
      ? [{ kind: 'select' as const, name: 'kind', label: t('new.kind'), options: options.kinds.map((k) => ({ value: k, label: t(`kinds.${k}`) })) }]
      : []),
    { kind: 'text', name: 'name', label: t('new.name'), hint: t('new.nameHint') },
    { kind: 'select', name: 'courseId', label: t('new.course'), hint: courses.length ? undefined : t('new.noCourses'), options: [choose, ...courses] },
    ...(trainers
      ? [
          {
            kind: 'select' as const,
            name: 'workshopGroup',
            label: t('new.workshopGroup'),
            hint: both ? t('new.trainersOnly') : undefined,
            options: [choose, ...[1, 2, 3, 4].map((g) => ({ value: String(g), label: t('new.workshopGroupOption', { n: localDigits(g, locale) }) }))],
          },
          {
            kind: 'select' as const,
            name: 'trainerId',
            label: t('new.trainer'),
            hint: both ? t('new.trainersOnly') : undefined,
            options: [choose, ...options.nationalTrainers.map((u) => ({ value: u.id, label: u.name }))],
          },
        ]
      : []),
  ];
  return (
    <section aria-labelledby="new-group-form-title" className="rounded-xl border border-slate-200 bg-white p-4">
      <h2 id="new-group-form-title" className="mb-3 text-lg font-bold">
        {t('new.title')}
      </h2>
      <GroupForm action={createGroupAction} formId="new-group" hidden={both ? {} : { kind: options.kinds[0]! }} fields={fields} submit={t('new.submit')} />
    </section>
  );
}
