import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import type { Transition } from '@/lib/workflow/transitions';
import { TransitionForm } from './transition-form';
import { PublishOutcomeForm } from '@/components/outcomes/publish-outcome-form';
import { UnpublishOutcomeForm } from '@/components/outcomes/unpublish-outcome-form';
import type { PublishOutcomeFormData } from '@/lib/outcomes/publish-outcome-form';

/** Publishing and unpublishing an outcome have forms of their own (issue #16: summaries, preview, warnings). */
export type OutcomeActions = {
  publish: (state: ActionState<PublishOutcomeFormData>, formData: FormData) => Promise<ActionState<PublishOutcomeFormData>>;
  unpublish: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** The summaries of an earlier publication, to start from. */
  earlier: { publicOutcome: string | null; publicAnswer: string | null };
};

type Props = {
  reportId: string;
  version: number;
  actions: readonly Pick<Transition, 'action' | 'requires'>[];
  agencies: { id: string; name: string; suggested: boolean }[];
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  outcome: OutcomeActions;
};

/** The workflow moves this person may make on the report, one small form each. */
export async function ReportActions({ reportId, version, actions, agencies, action, outcome }: Props) {
  const t = await getTranslations('review');
  return (
    <section aria-labelledby="actions-title" className="space-y-3">
      <h2 id="actions-title" className="font-bold">
        {t('actions')}
      </h2>
      {actions.length === 0 ? <p className="text-sm text-muted">{t('noActions')}</p> : null}
      {actions.map((a) =>
        a.action === 'publish' ? (
          <PublishOutcomeForm key={a.action} action={outcome.publish} reportId={reportId} version={version} earlier={outcome.earlier} />
        ) : a.action === 'unpublish' ? (
          <UnpublishOutcomeForm key={a.action} action={outcome.unpublish} reportId={reportId} version={version} />
        ) : (
          <TransitionForm key={a.action} action={action} reportId={reportId} version={version} move={a.action} requires={a.requires} agencies={agencies} />
        ),
      )}
    </section>
  );
}
