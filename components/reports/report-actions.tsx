import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import type { Transition } from '@/lib/workflow/transitions';
import { TransitionForm } from './transition-form';

type Props = {
  reportId: string;
  version: number;
  actions: readonly Pick<Transition, 'action' | 'requires'>[];
  agencies: { id: string; name: string; suggested: boolean }[];
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

/** The workflow moves this person may make on the report, one small form each. */
export async function ReportActions({ reportId, version, actions, agencies, action }: Props) {
  const t = await getTranslations('review');
  return (
    <section aria-labelledby="actions-title" className="space-y-3">
      <h2 id="actions-title" className="font-bold">
        {t('actions')}
      </h2>
      {actions.length === 0 ? <p className="text-sm text-muted">{t('noActions')}</p> : null}
      {actions.map((a) => (
        <TransitionForm key={a.action} action={action} reportId={reportId} version={version} move={a.action} requires={a.requires} agencies={agencies} />
      ))}
    </section>
  );
}
