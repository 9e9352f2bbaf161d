'use client';

import { useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import { TextArea } from '@/components/ui/inputs';
import { useFormAction } from '@/components/ui/use-form-action';
import { CaseProgress } from './case-progress';
import type { ActionState } from '@/lib/actions/action-state';
import type { TrackView } from '@/lib/reports/track-form';

type Props = { action: (state: ActionState<TrackView>, formData: FormData) => Promise<ActionState<TrackView>> };

export function TrackPanel({ action }: Props) {
  const t = useTranslations('track');
  // A refused reply keeps the report on screen (ok, with field errors): focus goes to the reply's errors.
  const { state, pending, formProps } = useFormAction(action, {
    summaryId: 'track-message',
    doneId: (answer) => (answer.fieldErrors ? 'reply-message' : 'report-title'),
  });
  const report = state.ok ? state.data : undefined;
  const e = state.fieldErrors ?? {};

  return (
    <div className="mt-6 space-y-8">
      <form {...formProps} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
        <input type="hidden" name="intent" value="lookup" />
        {!report ? <FormMessage id="track-message" message={state.message} errors={e} labels={{ code: t('code') }} /> : null}
        <Field id="code" label={t('code')} hint={t('codeHint')} error={report ? undefined : e.code}>
          <input
            id="code"
            name="code"
            type="text"
            dir="ltr"
            autoComplete="off"
            spellCheck={false}
            required
            defaultValue={state.values?.code}
            className={`${inputClass} font-mono tracking-wider`}
          />
        </Field>
        <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
          {pending ? t('looking') : t('lookup')}
        </button>
      </form>

      {report ? (
        <TrackedReportView
          report={report}
          formProps={formProps}
          pending={pending}
          message={state.message}
          bodyError={e.body}
          typed={report.replied ? '' : (state.values?.body ?? '')}
        />
      ) : null}
    </div>
  );
}

function TrackedReportView({
  report,
  formProps,
  pending,
  message,
  bodyError,
  typed,
}: {
  report: TrackView;
  formProps: { action: (formData: FormData) => void; onSubmit: (event: FormEvent<HTMLFormElement>) => void };
  pending: boolean;
  message?: string;
  bodyError?: string[];
  /** The reply typed before a refusal (kept); empty once it was sent. */
  typed: string;
}) {
  const t = useTranslations('track');
  const status = useTranslations('status');
  const kinds = useTranslations('reportForm.kinds');

  return (
    <article aria-labelledby="report-title" className="space-y-6">
      <header className="rounded-xl bg-white p-4">
        <h2 id="report-title" tabIndex={-1} className="text-lg font-bold">
          {kinds(report.kind)} ·{' '}
          <span dir="ltr" className="whitespace-nowrap font-mono">
            {report.code}
          </span>
        </h2>
        <p className="mt-1 text-sm text-muted">{t('submittedAt', { date: report.submittedAt })}</p>
        <p className="mt-3">
          {t('currentStatus')} <strong data-testid="report-status">{status(report.status)}</strong>
        </p>
        {report.awaitingAnswer ? <p className="mt-3 rounded-lg bg-amber-50 p-3 text-amber-900">{t('needsInfo')}</p> : null}
      </header>

      <CaseProgress report={report} />

      {report.canReply ? (
        // A new token (and an empty box) after each reply that was sent: the key starts the form afresh.
        <form key={report.replyToken} {...formProps} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
          <input type="hidden" name="intent" value="reply" />
          <input type="hidden" name="code" value={report.code} />
          <input type="hidden" name="replyToken" value={report.replyToken} />
          <FormMessage
            id="reply-message"
            message={report.replied ? t('replySent') : message}
            ok={report.replied}
            errors={report.replied ? undefined : { body: bodyError }}
            labels={{ body: report.awaitingAnswer ? t('answer') : t('reply') }}
          />
          <Field id="body" label={report.awaitingAnswer ? t('answer') : t('reply')} error={bodyError}>
            <TextArea name="body" rows={4} required defaultValue={typed} />
          </Field>
          <Field id="reply-attachments" label={t('replyAttachments')}>
            <input
              id="reply-attachments"
              name="attachments"
              type="file"
              multiple
              accept="image/jpeg,image/png,image/webp,application/pdf"
              className={inputClass}
            />
          </Field>
          <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
            {pending ? t('sending') : t('send')}
          </button>
        </form>
      ) : null}
    </article>
  );
}
