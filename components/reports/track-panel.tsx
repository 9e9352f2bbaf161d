'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { FormEvent } from 'react';
import { buttonClass } from '@/components/ui/button-link';
import { Field, FormMessage, inputClass } from '@/components/ui/field';
import { TextArea, TextInput } from '@/components/ui/inputs';
import { useFormAction } from '@/components/ui/use-form-action';
import { CaseProgress } from './case-progress';
import { OutcomeCard } from '@/components/outcomes/outcome-card';
import type { PublicOutcomeView } from '@/lib/outcomes/public-view';
import { NextSteps } from './next-steps';
import { ReportReceipt } from './report-receipt';
import { SubmittedFacts } from './submitted-facts';
import { localized, type Locale } from '@/lib/i18n/format';
import type { ActionState } from '@/lib/actions/action-state';
import type { TrackView } from '@/lib/reports/track-form';

type Props = { action: (state: ActionState<TrackView>, formData: FormData) => Promise<ActionState<TrackView>>; maxFiles: number };

export function TrackPanel({ action, maxFiles }: Props) {
  const t = useTranslations('track');
  // A refused reply keeps the report on screen (ok, with field errors): focus goes to the reply's errors.
  const { state, pending, formProps } = useFormAction(action, {
    summaryId: 'track-message',
    doneId: (answer) =>
      answer.values?.intent === 'statusMobile' || answer.values?.intent === 'statusMobileConfirm'
        ? 'status-mobile-message'
        : answer.fieldErrors
          ? answer.values?.intent === 'withdraw'
            ? 'withdraw-message'
            : answer.values?.intent === 'rate'
              ? 'rate-message'
              : 'reply-message'
          : 'report-title',
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
          errors={e}
          intent={state.values?.intent}
          values={{
            body: report.replied ? '' : (state.values?.body ?? ''),
            reason: report.withdrawn ? '' : (state.values?.reason ?? ''),
            satisfied: state.values?.satisfied ?? '',
            comment: report.rated ? '' : (state.values?.comment ?? ''),
          }}
          maxFiles={maxFiles}
          keyField={{ name: 'code', value: report.code }}
        />
      ) : null}
    </div>
  );
}

/** Withdrawing cannot be undone: styled apart from the page's other buttons. */
const withdrawButtonClass = 'inline-flex min-h-11 items-center justify-center rounded-lg bg-red-800 px-4 py-2 font-medium text-white hover:bg-red-900';

type FormProps = { action: (formData: FormData) => void; onSubmit: (event: FormEvent<HTMLFormElement>) => void };

/**
 * The reporter's case and what they may do with it, the same on /track (the report named by its code in
 * each form) and on a member's own report page (named by its id; their account is the key there, and the
 * page draws its own header: `headed` false).
 */
export function TrackedReportView({
  report,
  formProps,
  pending,
  message,
  errors,
  intent,
  values,
  maxFiles,
  keyField,
  headed = true,
}: {
  report: Omit<TrackView, 'code'> & { code?: string };
  formProps: FormProps;
  pending: boolean;
  message?: string;
  errors: Record<string, string[] | undefined>;
  /** Which form the last answer was for (its refusal is shown next to that form only). */
  intent?: string;
  /** What was typed before a refusal (kept); a sent reply starts empty. */
  values: { body: string; reason: string; satisfied: string; comment: string };
  maxFiles: number;
  /** What names the report in each form: its tracking code (/track) or its id (a member's account). */
  keyField: { name: 'code' | 'reportId'; value: string };
  headed?: boolean;
}) {
  const t = useTranslations('track');
  const c = useTranslations('trackCase');
  const status = useTranslations('status');
  const kinds = useTranslations('reportForm.kinds');
  const locale = useLocale() as Locale;
  const replyRefused = intent === 'reply' && !report.replied;
  const withdrawRefused = intent === 'withdraw' && !report.withdrawn;
  const statusMobileRefused = (intent === 'statusMobile' || intent === 'statusMobileConfirm') && !report.statusMobileChanged;
  const rateRefused = intent === 'rate' && !report.rated;

  return (
    <article aria-labelledby={headed ? 'report-title' : undefined} className="space-y-6">
      {headed ? (
        <header className="rounded-xl bg-white p-4 print:hidden">
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
          {report.withdrawn ? (
            <p role="status" className="mt-3 rounded-lg bg-brand-50 p-3 text-brand-800">
              {c('withdrawn')}
            </p>
          ) : null}
          {report.awaitingAnswer ? <p className="mt-3 rounded-lg bg-amber-50 p-3 text-amber-900">{t('needsInfo')}</p> : null}
          {report.duplicateOf ? (
            <p className="mt-3 rounded-lg bg-brand-50 p-3" data-testid="duplicate-notice">
              {report.duplicateOf.status ? c('duplicate', { status: status(report.duplicateOf.status) }) : c('duplicateEnded')}
            </p>
          ) : null}
        </header>
      ) : null}

      <div className="space-y-6 print:hidden">
        <NextSteps steps={report.nextSteps} headingLevel={headed ? undefined : 'h2'} />
        <SubmittedFacts report={report} locale={locale} headingLevel={headed ? undefined : 'h2'} />
        <CaseProgress report={report} headingLevel={headed ? undefined : 'h2'} />
        {report.publishedOutcome ? <PublishedOutcome outcome={report.publishedOutcome} headed={headed} /> : null}

        {report.canReply ? (
          // A new token (and an empty box) after each reply that was sent: the key starts the form afresh.
          <form key={report.replyToken} {...formProps} noValidate className="space-y-4 rounded-xl border border-slate-200 bg-white p-4">
            <h3 id="add-info-title" className="font-bold">
              {report.awaitingAnswer ? t('answer') : c('addInfoTitle')}
            </h3>
            <p className="text-sm text-muted">{c('addInfoIntro', { files: maxFiles })}</p>
            <input type="hidden" name="intent" value="reply" />
            <input type="hidden" name={keyField.name} value={keyField.value} />
            <input type="hidden" name="replyToken" value={report.replyToken} />
            <FormMessage
              id="reply-message"
              message={report.replied ? t('replySent') : replyRefused ? message : undefined}
              ok={report.replied}
              errors={replyRefused ? { body: errors.body, attachments: errors.attachments } : undefined}
              labels={{ body: report.awaitingAnswer ? t('answer') : t('reply'), attachments: t('replyAttachments') }}
            />
            <Field id="body" label={report.awaitingAnswer ? t('answer') : t('reply')} error={replyRefused ? errors.body : undefined}>
              <TextArea name="body" rows={4} required defaultValue={values.body} />
            </Field>
            <Field id="attachments" label={t('replyAttachments')} error={replyRefused ? errors.attachments : undefined}>
              <input name="attachments" type="file" multiple accept="image/jpeg,image/png,image/webp,application/pdf" className={inputClass} />
            </Field>
            <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
              {pending ? t('sending') : t('send')}
            </button>
          </form>
        ) : null}

        {report.canWithdraw ? (
          <form {...formProps} noValidate className="space-y-4 rounded-xl border border-red-200 bg-white p-4">
            <h3 id="withdraw-title" className="font-bold">
              {c('withdrawTitle')}
            </h3>
            <p className="text-sm">{c('withdrawIntro')}</p>
            <input type="hidden" name="intent" value="withdraw" />
            <input type="hidden" name={keyField.name} value={keyField.value} />
            <FormMessage
              id="withdraw-message"
              message={withdrawRefused ? message : undefined}
              errors={withdrawRefused ? { reason: errors.reason } : undefined}
              labels={{ reason: c('reason') }}
            />
            <Field id="reason" label={c('reason')} hint={c('reasonHint')} error={withdrawRefused ? errors.reason : undefined}>
              <TextArea name="reason" rows={3} required defaultValue={values.reason} />
            </Field>
            <button type="submit" disabled={pending} className={`${withdrawButtonClass} disabled:opacity-60`}>
              {pending ? c('withdrawing') : c('withdraw')}
            </button>
          </form>
        ) : null}

        {report.rating ? (
          <p className="rounded-xl bg-slate-50 p-4 text-sm" data-testid="your-rating">
            {c(report.rating.satisfied ? 'ratedSatisfied' : 'ratedNotSatisfied')}
            {report.rating.appealStatus ? <span className="mt-1 block font-semibold">{c(`appeal.${report.rating.appealStatus}`)}</span> : null}
            {report.rating.dismissalNote ? (
              <span dir="auto" className="mt-1 block whitespace-pre-line" data-testid="appeal-note">
                {report.rating.dismissalNote}
              </span>
            ) : null}
          </p>
        ) : null}

        {report.canRate ? (
          // The reporter's rating of the answer; "not satisfied" within 30 days of closing opens an appeal (rate-answer.ts).
          <form {...formProps} noValidate className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
            <h3 id="rate-title" className="font-bold">
              {c('rateTitle')}
            </h3>
            <p className="text-sm text-muted">{c('rateIntro')}</p>
            <input type="hidden" name="intent" value="rate" />
            <input type="hidden" name={keyField.name} value={keyField.value} />
            <FormMessage
              id="rate-message"
              message={rateRefused ? message : undefined}
              errors={rateRefused ? { satisfied: errors.satisfied, comment: errors.comment } : undefined}
              labels={{ satisfied: c('rateTitle'), comment: c('rateComment') }}
            />
            <fieldset id="satisfied" aria-describedby="satisfied-error" aria-invalid={rateRefused && errors.satisfied ? true : undefined}>
              <legend className="sr-only">{c('rateTitle')}</legend>
              {(['yes', 'no'] as const).map((v) => (
                <label key={v} className="flex min-h-11 items-center gap-3">
                  <input type="radio" name="satisfied" value={v} defaultChecked={values.satisfied === v} className="size-5" />
                  {c(v === 'yes' ? 'rateYes' : 'rateNo')}
                </label>
              ))}
              <p id="satisfied-error" aria-live="polite" className="text-sm text-red-800 empty:hidden">
                {rateRefused ? errors.satisfied?.join(' ') : null}
              </p>
            </fieldset>
            <Field id="comment" label={c('rateComment')} error={rateRefused ? errors.comment : undefined}>
              <TextArea name="comment" rows={3} defaultValue={values.comment} />
            </Field>
            <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
              {c('rateSend')}
            </button>
          </form>
        ) : null}

        {report.canReply && !report.contact.fromMember ? (
          // Status messages: a mobile only for "the state changed", confirmed by a code, erased when the case ends
          // (set-status-mobile.ts, confirm-status-mobile.ts). A member is told through their account instead.
          <section aria-labelledby="status-mobile-title" className="space-y-3 rounded-xl border border-slate-200 bg-white p-4">
            <h3 id="status-mobile-title" className="font-bold">
              {c('statusMobileTitle')}
            </h3>
            <p className="text-sm text-muted">{c('statusMobileIntro')}</p>
            <FormMessage
              id="status-mobile-message"
              message={
                report.statusMobileChanged
                  ? c(
                      report.statusMessages && !report.statusMobilePending
                        ? 'statusMobileOn'
                        : report.statusMobilePending
                          ? 'statusMobileCodeSent'
                          : 'statusMobileOff',
                    )
                  : statusMobileRefused
                    ? message
                    : undefined
              }
              ok={report.statusMobileChanged}
              errors={statusMobileRefused ? { statusMobile: errors.statusMobile, statusMobileCode: errors.statusMobileCode } : undefined}
              labels={{ statusMobile: c('statusMobile'), statusMobileCode: c('statusMobileCode') }}
            />
            {report.statusMessages ? (
              <p className="text-sm" data-testid="status-messages-on">
                {c('statusMobileIsOn')}
              </p>
            ) : null}
            {report.statusMobilePending ? (
              <form {...formProps} noValidate className="space-y-3">
                <p className="text-sm" data-testid="status-mobile-pending">
                  {c('statusMobilePending')}
                </p>
                <input type="hidden" name="intent" value="statusMobileConfirm" />
                <input type="hidden" name={keyField.name} value={keyField.value} />
                <Field id="statusMobileCode" label={c('statusMobileCode')} error={statusMobileRefused ? errors.statusMobileCode : undefined}>
                  <TextInput name="statusMobileCode" dir="ltr" autoComplete="one-time-code" inputMode="numeric" />
                </Field>
                <button type="submit" disabled={pending} className={`${buttonClass()} disabled:opacity-60`}>
                  {c('statusMobileConfirm')}
                </button>
              </form>
            ) : null}
            {!report.statusMessages || report.statusMobilePending ? (
              <form {...formProps} noValidate className="space-y-3">
                <input type="hidden" name="intent" value="statusMobile" />
                <input type="hidden" name={keyField.name} value={keyField.value} />
                <Field
                  id="statusMobile"
                  label={c('statusMobile')}
                  hint={report.statusMobilePending ? c('statusMobileAgain') : undefined}
                  error={statusMobileRefused ? errors.statusMobile : undefined}
                >
                  <TextInput name="statusMobile" type="tel" dir="ltr" autoComplete="tel" inputMode="tel" />
                </Field>
                <button type="submit" disabled={pending} className={`${buttonClass('secondary')} disabled:opacity-60`}>
                  {c('statusMobileStart')}
                </button>
              </form>
            ) : null}
            {report.statusMessages || report.statusMobilePending ? (
              <form {...formProps} noValidate>
                <input type="hidden" name="intent" value="statusMobile" />
                <input type="hidden" name={keyField.name} value={keyField.value} />
                <input type="hidden" name="statusMobile" value="" />
                <button type="submit" disabled={pending} className={`${buttonClass('secondary')} disabled:opacity-60`}>
                  {c('statusMobileStop')}
                </button>
              </form>
            ) : null}
          </section>
        ) : null}
      </div>

      {report.code ? (
        <ReportReceipt code={report.code} submittedOn={report.submittedOn} category={localized(report.category, locale)} state={status(report.status)} />
      ) : null}
    </article>
  );
}

/** The case's published outcome, exactly the public's card (issue #16), and a line saying so. */
function PublishedOutcome({ outcome, headed }: { outcome: PublicOutcomeView; headed: boolean }) {
  const t = useTranslations('publishOutcome');
  const Heading = headed ? 'h3' : 'h2';
  return (
    <section aria-labelledby="published-outcome-title" className="space-y-3" data-testid="published-outcome">
      <Heading id="published-outcome-title" className="font-bold">
        {t('onTrackTitle')}
      </Heading>
      <p className="text-sm text-muted">{t('publicSees')}</p>
      <OutcomeCard outcome={outcome} headingLevel={3} />
    </section>
  );
}
