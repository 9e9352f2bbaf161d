import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import { formatDate, localDigits, type Locale } from '@/lib/i18n/format';
import type { ManagerGroupView } from '@/lib/training/groups/get-group';
import { GroupForm } from './group-form';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** The learners table of the runner's and overseers' view: progress in the group's course; a remove button for the runner. */
export async function GroupLearners({ group, locale, remove, grant }: { group: ManagerGroupView; locale: Locale; remove?: Action; grant?: Action }) {
  const t = await getTranslations('trainingGroups.learners');
  const n = (x: number) => localDigits(x, locale);
  if (group.learners.length === 0) return <p className="text-muted">{t('none')}</p>;
  const columns = ['name', 'identifier', 'lessons', 'lastScore', 'passed', 'certificate', ...(remove ? (['actions'] as const) : [])] as const;
  return (
    <div className="overflow-x-auto rounded-xl border border-slate-200 bg-white">
      <table className="w-full text-sm" data-testid="learners-table">
        <caption className="sr-only">{t('caption')}</caption>
        <thead className="bg-slate-50">
          <tr>
            {columns.map((k) => (
              <th key={k} scope="col" className="px-3 py-2 text-start font-semibold">
                {t(k)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {group.learners.map((l) => {
            const p = l.progress;
            return (
              <tr key={l.userId} className="border-t border-slate-200">
                <th scope="row" className="px-3 py-2 text-start font-medium">
                  <bdi>{l.name}</bdi>
                </th>
                <td className="px-3 py-2" dir="ltr">
                  {l.identifier ? localDigits(l.identifier, locale) : ''}
                </td>
                <td className="px-3 py-2">{p ? t('lessonsValue', { done: n(p.lessonsDone), total: n(p.lessonsTotal) }) : t('noProgress')}</td>
                <td className="px-3 py-2">{p?.lastScore != null ? n(p.lastScore) : t('noProgress')}</td>
                <td className="px-3 py-2">{p ? (p.passed ? t('yes') : t('no')) : t('noProgress')}</td>
                <td className="px-3 py-2">
                  {p?.certificateRevoked ? t('revoked') : p?.certificateExpiresAt ? formatDate(p.certificateExpiresAt, locale) : t('noProgress')}
                </td>
                {remove ? (
                  <td className="space-y-2 px-3 py-2">
                    {grant && p?.outOfAttempts ? (
                      <GroupForm
                        action={grant}
                        formId={`grant-${l.userId}`}
                        hidden={{ enrollmentId: p.outOfAttempts }}
                        fields={[]}
                        submit={t('grantLabel', { name: l.name })}
                        variant="secondary"
                      />
                    ) : null}
                    <GroupForm
                      action={remove}
                      formId={`remove-${l.userId}`}
                      hidden={{ groupId: group.id, userId: l.userId }}
                      fields={[]}
                      submit={t('removeLabel', { name: l.name })}
                      variant="secondary"
                    />
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
