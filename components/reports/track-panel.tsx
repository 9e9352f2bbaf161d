'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import { CaseProgress } from './case-progress';
import type { ActionState } from '@/lib/actions/action-state';
import type { TrackView } from '@/lib/reports/track-form';

type Props = { action: (state: ActionState<TrackView>, formData: FormData) => Promise<ActionState<TrackView>> };

export function TrackPanel({ action }: Props) {
  const t = useTranslations('track');
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const report = state.ok ? state.data : undefined;
  const e = state.fieldErrors ?? {};

  return (
    <div className="mt-6 space-y-8">
      <form action={formAction} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4 sm:p-6">
        <input type="hidden" name="intent" value="lookup" />
        {!report ? <FormMessage id="track-message" message={state.message} /> : null}
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

      {report ? <TrackedReportView report={report} action={formAction} pending={pending} message={state.message} bodyError={e.body} /> : null}
    </div>
  );
}

function TrackedReportView({
  report,
  action,
  pending,
  message,
  bodyError,
}: {
  report: TrackView;
  action: (formData: FormData) => void;
  pending: boolean;
  message?: string;
  bodyError?: string[];
}) {
  const t = useTranslations('track');
  const status = useTranslations('status');
  const kinds = useTranslations('reportForm.kinds');

  return (
    <article aria-labelledby="report-title" className="space-y-6">
      <header className="rounded-xl bg-white p-4">
        <h2 id="report-title" className="text-lg font-bold">
          {kinds(report.kind)} ·{' '}
          <span dir="ltr" className="font-mono">
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
        <form action={action} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
          <input type="hidden" name="intent" value="reply" />
          <input type="hidden" name="code" value={report.code} />
          <FormMessage id="reply-message" message={report.replied ? t('replySent') : message} ok={report.replied} />
          <Field id="body" label={report.awaitingAnswer ? t('answer') : t('reply')} error={bodyError}>
            <textarea id="body" name="body" rows={4} required maxLength={3000} className={inputClass} />
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
