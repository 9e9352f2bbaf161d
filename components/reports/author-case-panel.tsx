'use client';

import { useTranslations } from 'next-intl';
import { FormMessage } from '@/components/ui/field';
import { useFormAction } from '@/components/ui/use-form-action';
import type { ActionState } from '@/lib/actions/action-state';
import type { AuthorCaseView } from '@/lib/reports/author-case-form';
import { TrackedReportView } from './track-panel';

type Props = {
  action: (state: ActionState<AuthorCaseView>, formData: FormData) => Promise<ActionState<AuthorCaseView>>;
  initial: AuthorCaseView;
  reportId: string;
  maxFiles: number;
};

/**
 * A member's own report in their account, with /track's actions (answer, add information, withdraw),
 * sent with the report's id: the account is the key (lib/reports/reporter-key.ts). Drawn from the page's
 * view until the first answer, then from the answer, with or without JavaScript.
 */
export function AuthorCasePanel({ action, initial, reportId, maxFiles }: Props) {
  const c = useTranslations('trackCase');
  const { state, pending, formProps } = useFormAction(action, {
    summaryId: 'author-case-message',
    doneId: (answer) => (answer.fieldErrors ? (answer.values?.intent === 'withdraw' ? 'withdraw-message' : 'reply-message') : 'author-case-message'),
  });
  const report = state.data ?? initial;
  return (
    <div className="space-y-6">
      <div id="author-case-message" tabIndex={-1}>
        {report.withdrawn ? (
          <p role="status" className="rounded-lg bg-brand-50 p-3 text-brand-800">
            {c('withdrawn')}
          </p>
        ) : !state.data && state.message ? (
          <FormMessage id="author-case-error" message={state.message} />
        ) : null}
      </div>
      <TrackedReportView
        report={report}
        formProps={formProps}
        pending={pending}
        message={state.message}
        errors={state.fieldErrors ?? {}}
        intent={state.values?.intent}
        values={{
          body: report.replied ? '' : (state.values?.body ?? ''),
          reason: report.withdrawn ? '' : (state.values?.reason ?? ''),
          satisfied: state.values?.satisfied ?? '',
          comment: report.rated ? '' : (state.values?.comment ?? ''),
        }}
        maxFiles={maxFiles}
        keyField={{ name: 'reportId', value: reportId }}
        headed={false}
      />
    </div>
  );
}
