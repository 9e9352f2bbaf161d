'use client';

import type { ActionState } from '@/lib/actions/action-state';
import type { AddMembersResult } from '@/lib/training/groups/add-group-members';
import { GroupForm } from './group-form';

type Props = {
  action: (state: ActionState<AddMembersResult>, formData: FormData) => Promise<ActionState<AddMembersResult>>;
  groupId: string;
  /** The words, translated on the server (`trainingGroups.add`; the client bundle carries no such namespace). */
  labels: Record<'title' | 'lines' | 'hint' | 'submit' | 'nothing' | 'added' | 'already' | 'notFound' | 'noPlace' | 'barred', string>;
};

/** The add-learners textarea; after sending it says which lines were added, already in, not found, without a place, or barred. */
export function AddMembersForm({ action, groupId, labels: t }: Props) {
  return (
    <GroupForm
      action={action}
      formId="add-members"
      title={t.title}
      hidden={{ groupId }}
      fields={[{ kind: 'textarea', name: 'lines', label: t.lines, hint: t.hint, rows: 5, dir: 'ltr' }]}
      submit={t.submit}
      resetOnSuccess
    >
      {(state) => {
        const r = state.ok ? state.data : undefined;
        if (!r) return null;
        const parts = (['added', 'already', 'notFound', 'noPlace', 'barred'] as const).filter((k) => r[k].length > 0);
        return (
          // role="status" on a wrapper: on the <ul> itself it would stop being a list (axe: listitem).
          <div role="status" data-testid="add-members-result">
            <ul className="space-y-1 text-sm">
              {r.added.length === 0 ? <li>{t.nothing}</li> : null}
              {parts.map((k) => (
                <li key={k} className={k === 'added' ? 'text-brand-800' : 'text-red-800'}>
                  {t[k]} <bdi dir="ltr">{r[k].join('، ')}</bdi>
                </li>
              ))}
            </ul>
          </div>
        );
      }}
    </GroupForm>
  );
}
