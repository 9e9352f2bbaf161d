import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import { formatDateTime, type Locale } from '@/lib/i18n/format';
import type { GroupView } from '@/lib/training/groups/get-group';
import { GroupForm } from './group-form';

type Action = (state: ActionState, formData: FormData) => Promise<ActionState>;

/**
 * The group's discussion. The runner sees hidden posts with their body and reason and may hide the others; a learner
 * sees a hidden post only as «hidden by the trainer». The runner and learners post; an overseer reads.
 */
export async function GroupThread({ group, locale, post, hide }: { group: GroupView; locale: Locale; post: Action; hide: Action }) {
  const t = await getTranslations('trainingGroups.thread');
  const runs = group.viewer === 'manager' && group.mayRun;
  const mayPost = group.viewer === 'learner' || runs;
  return (
    <section aria-labelledby="thread-title" className="space-y-3">
      <h2 id="thread-title" className="text-lg font-bold">
        {t('title')}
      </h2>
      {group.posts.length === 0 ? <p className="text-muted">{t('none')}</p> : null}
      <ul className="space-y-3">
        {group.viewer === 'learner'
          ? group.posts.map((p) => (
              <li key={p.id} className="rounded-xl border border-slate-200 bg-white p-4" data-testid="group-post">
                <p className="text-xs text-muted">
                  <bdi>{p.authorName}</bdi> · {formatDateTime(p.createdAt, locale)}
                  {p.mine ? <> · {t('mine')}</> : null}
                </p>
                {p.hidden ? (
                  <p className="mt-1 italic text-muted">{t('hiddenForLearners')}</p>
                ) : (
                  <p dir="auto" className="mt-1 whitespace-pre-line leading-7">
                    {p.body}
                  </p>
                )}
              </li>
            ))
          : group.posts.map((p) => (
              <li key={p.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4" data-testid="group-post">
                <p className="text-xs text-muted">
                  <bdi>{p.authorName}</bdi> · {formatDateTime(p.createdAt, locale)}
                </p>
                <p dir="auto" className={`whitespace-pre-line leading-7 ${p.hidden ? 'text-muted line-through' : ''}`}>
                  {p.body}
                </p>
                {p.hidden ? (
                  <p className="text-sm text-red-800">
                    {t('hiddenNote', { name: p.hidden.byName ?? '' })}: <bdi>{p.hidden.reason}</bdi>
                  </p>
                ) : runs ? (
                  <details>
                    <summary className="min-h-11 cursor-pointer py-2 text-sm text-brand-800 underline">{t('hide')}</summary>
                    <GroupForm
                      action={hide}
                      formId={`hide-${p.id}`}
                      hidden={{ postId: p.id }}
                      fields={[{ kind: 'text', name: 'reason', label: t('reason') }]}
                      submit={t('hide')}
                      variant="secondary"
                    />
                  </details>
                ) : null}
              </li>
            ))}
      </ul>
      {mayPost ? (
        <div className="rounded-xl border border-slate-200 bg-white p-4">
          <GroupForm
            action={post}
            formId="post"
            hidden={{ groupId: group.id }}
            fields={[{ kind: 'textarea', name: 'body', label: t('body'), hint: t('bodyHint'), rows: 3 }]}
            submit={t('submit')}
            resetOnSuccess
          />
        </div>
      ) : null}
    </section>
  );
}
