'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, describedBy, inputClass } from '@/components/ui/field';
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
          <input id="code" name="code" type="text" dir="ltr" autoComplete="off" spellCheck={false} required defaultValue={state.values?.code} aria-invalid={!report && e.code ? true : undefined} aria-describedby={describedBy('code')} className={`${inputClass} font-mono tracking-wider`} />
        </Field>
        <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>{pending ? t('looking') : t('lookup')}</button>
      </form>

      {report ? <TrackedReportView report={report} action={formAction} pending={pending} message={state.message} bodyError={e.body} /> : null}
    </div>
  );
}

function TrackedReportView({ report, action, pending, message, bodyError }: { report: TrackView; action: (formData: FormData) => void; pending: boolean; message?: string; bodyError?: string[] }) {
  const t = useTranslations('track');
  const status = useTranslations('status');
  const kinds = useTranslations('reportForm.kinds');
  const authors = useTranslations('track.authors');

  return (
    <article aria-labelledby="report-title" className="space-y-6">
      <header className="rounded-xl bg-white p-4">
        <h2 id="report-title" className="text-lg font-bold">{kinds(report.kind)} · <span dir="ltr" className="font-mono">{report.code}</span></h2>
        <p className="mt-1 text-sm text-muted">{t('submittedAt', { date: report.submittedAt })}</p>
        <p className="mt-3">
          {t('currentStatus')} <strong data-testid="report-status">{status(report.status)}</strong>
        </p>
        {report.awaitingAnswer ? <p className="mt-3 rounded-lg bg-amber-50 p-3 text-amber-900">{t('needsInfo')}</p> : null}
      </header>

      <section aria-labelledby="timeline-title">
        <h3 id="timeline-title" className="font-bold">{t('timeline')}</h3>
        <ol className="mt-3 space-y-3 border-s-2 border-brand-600 ps-4">
          {report.timeline.map((step, i) => (
            <li key={i}>
              <p className="font-medium">{status(step.status)}</p>
              <p className="text-xs text-muted">{step.at}</p>
              {step.publicNote ? <p className="mt-1 rounded bg-slate-100 p-2 text-sm">{step.publicNote}</p> : null}
            </li>
          ))}
        </ol>
      </section>

      {report.agencyAnswer ? (
        <section aria-labelledby="answer-title" className="rounded-xl border border-brand-600 bg-brand-50 p-4">
          <h3 id="answer-title" className="font-bold">{t('agencyAnswer', { agency: report.agencyAnswer.agency })}</h3>
          <p className="mt-2 whitespace-pre-line">{report.agencyAnswer.response}</p>
          <p className="mt-1 text-xs text-muted">{report.agencyAnswer.at}</p>
        </section>
      ) : null}

      <section aria-labelledby="thread-title">
        <h3 id="thread-title" className="font-bold">{t('thread')}</h3>
        {report.messages.length === 0 ? <p className="mt-2 text-sm text-muted">{t('noMessages')}</p> : null}
        <ul className="mt-3 space-y-3">
          {report.messages.map((m) => (
            <li key={m.id} className={`rounded-lg p-3 ${m.author === 'REPORTER' ? 'ms-8 bg-brand-50' : 'me-8 bg-white'}`}>
              <p className="text-xs font-semibold text-muted">{authors(m.author)} · {m.at}</p>
              <p className="mt-1 whitespace-pre-line">{m.body}</p>
              {m.attachments ? <p className="mt-1 text-xs text-muted">{t('attachments', { count: m.attachments })}</p> : null}
            </li>
          ))}
        </ul>

        {report.canReply ? (
          <form action={action} noValidate className="mt-4 space-y-4 rounded-xl border border-slate-200 bg-white p-4">
            <input type="hidden" name="intent" value="reply" />
            <input type="hidden" name="code" value={report.code} />
            <FormMessage id="reply-message" message={report.replied ? t('replySent') : message} ok={report.replied} />
            <Field id="body" label={report.awaitingAnswer ? t('answer') : t('reply')} error={bodyError}>
              <textarea id="body" name="body" rows={4} required maxLength={3000} aria-invalid={bodyError ? true : undefined} aria-describedby={describedBy('body')} className={inputClass} />
            </Field>
            <Field id="reply-attachments" label={t('replyAttachments')}>
              <input id="reply-attachments" name="attachments" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf" aria-describedby={describedBy('reply-attachments')} className={inputClass} />
            </Field>
            <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>{pending ? t('sending') : t('send')}</button>
          </form>
        ) : null}
      </section>
    </article>
  );
}
