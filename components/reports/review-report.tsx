import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import Link from 'next/link';
import { formatDate, formatDateTime, type Locale, localized } from '@/lib/i18n/format';
import type { ReviewerPage } from '@/lib/reports/get-report-for-review';
import type { RevealedIdentity } from '@/lib/reports/reveal-identity';
import { AssignForm } from './assign-form';
import { CaseNumber } from './case-number';
import { IdentityReveal } from './identity-reveal';
import { ReportActions, type OutcomeActions } from './report-actions';
import { OutcomeCard } from '@/components/outcomes/outcome-card';
import { toPublicOutcomeView } from '@/lib/outcomes/public-view';
import { ReferralsPanel } from '@/components/agencies/referrals-panel';
import { ReportFacts } from './report-facts';
import { ReportHeading } from './report-heading';

type Props = {
  report: ReviewerPage;
  locale: Locale;
  now: Date;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  revealAction: (state: ActionState<RevealedIdentity>, formData: FormData) => Promise<ActionState<RevealedIdentity>>;
  assignAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
  referralAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
  dismissAppealAction: (state: ActionState, formData: FormData) => Promise<ActionState>;
  outcomeActions: Omit<OutcomeActions, 'earlier'>;
};

/** A report as a reviewer of the chain sees it: the reviewer projection, with internal notes and names. */
export async function ReviewReport({ report, locale, now, action, revealAction, assignAction, referralAction, dismissAppealAction, outcomeActions }: Props) {
  const [t, status, decisions] = await Promise.all([getTranslations('review'), getTranslations('status'), getTranslations('review.decisions')]);
  const from = report.submittedByMember ? t(report.hideIdentity ? 'fromHiddenMember' : 'fromCoreMember', { core: report.core?.name ?? '—' }) : t('fromPublic');
  const overdue = report.stageDeadlineAt !== null && report.stageDeadlineAt < now;

  return (
    <article className="space-y-6" aria-labelledby="review-title">
      <ReportHeading kind={report.kind} category={report.category} status={report.status} caseNumber={report.caseNumber} locale={locale}>
        {report.stageDeadlineAt ? (
          <p className={`mt-1 text-sm ${overdue ? 'font-semibold text-red-800' : 'text-muted'}`}>
            {t(overdue ? 'overdueSince' : 'deadline', { date: formatDateTime(report.stageDeadlineAt, locale) })}
            {report.escalatedAt ? <span className="ms-2 rounded bg-red-700 px-2 py-0.5 text-white">{t('escalated')}</span> : null}
          </p>
        ) : null}
        {report.duplicateOf ? (
          <p className="mt-1 text-sm" data-testid="duplicate-of">
            {t('duplicateOfLine')}{' '}
            {report.duplicateOf.caseNumber ? (
              <Link href={`/reports/${report.duplicateOf.id}`} className="text-brand-800 underline">
                <CaseNumber value={report.duplicateOf.caseNumber} locale={locale} />
              </Link>
            ) : null}
          </p>
        ) : null}
        {report.duplicates.length ? (
          <p className="mt-1 text-sm">
            {t('duplicatesLine')}{' '}
            {report.duplicates.map((d, i) => (
              <span key={d.id}>
                {i ? '، ' : ''}
                <Link href={`/reports/${d.id}`} className="text-brand-800 underline">
                  {d.caseNumber ? <CaseNumber value={d.caseNumber} locale={locale} /> : d.id}
                </Link>
              </span>
            ))}
          </p>
        ) : null}
        <p className="mt-1 text-sm" data-testid="assignee">
          {report.assignee ? t('assignee', { name: report.assignee.name }) : t('unassigned')}
        </p>
      </ReportHeading>
      {report.assignable ? (
        <AssignForm
          reportId={report.id}
          candidates={report.assignable.candidates}
          assigneeId={report.assignee?.id ?? null}
          meId={report.assignable.me}
          action={assignAction}
        />
      ) : null}

      <ReportFacts report={report} locale={locale}>
        <div>
          <dt className="text-muted">{t('from')}</dt>
          <dd>{from}</dd>
        </div>
        <div>
          <dt className="text-muted">{t('contact')}</dt>
          <dd>{report.wantsContact ? t('contactYes') : t('contactNo')}</dd>
        </div>
      </ReportFacts>
      {report.identityRevealable ? <IdentityReveal reportId={report.id} action={revealAction} /> : null}

      {report.similar.length ? (
        <section aria-labelledby="similar-title" className="rounded-xl border border-slate-200 bg-white p-4">
          <h2 id="similar-title" className="font-bold">
            {t('similarTitle')}
          </h2>
          <p className="mt-1 text-sm text-muted">{t('similarIntro')}</p>
          <ul className="mt-3 space-y-2 text-sm" data-testid="similar-reports">
            {report.similar.map((r) => (
              <li key={r.id} className="rounded-lg bg-slate-50 p-2">
                <p>
                  {r.caseNumber ? <CaseNumber value={r.caseNumber} locale={locale} /> : null} · {status(r.status)} · {formatDate(r.submittedAt, locale)}
                </p>
                <p dir="auto" className="mt-1">
                  {r.excerpt}
                </p>
                <Link href={`/reports/${r.id}`} className="inline-flex min-h-11 items-center text-brand-800 underline">
                  {t('open')}
                  <span className="sr-only"> {r.caseNumber ?? ''}</span>
                </Link>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="history-title">
        <h2 id="history-title" className="font-bold">
          {t('history')}
        </h2>
        <ol className="mt-3 space-y-3 border-s-2 border-slate-300 ps-10 text-sm marker:font-bold">
          {report.approvals.map((a) => (
            <li key={a.id}>
              <p>
                <strong>{decisions(a.decision)}</strong>{' '}
                <span aria-hidden="true" className="inline-block rtl:rotate-180">
                  →
                </span>{' '}
                {status(a.toStatus)} · {a.decision === 'ESCALATE' ? t('system') : a.actorName ? <bdi>{a.actorName}</bdi> : t('reporter')}
              </p>
              <p className="text-xs text-muted">{formatDateTime(a.createdAt, locale)}</p>
              {a.publicNote ? (
                <p className="mt-1">
                  <span className="text-muted">{t('publicNote')}:</span> <bdi>{a.publicNote}</bdi>
                </p>
              ) : null}
              {a.internalNote ? (
                <p className="mt-1 rounded bg-amber-50 p-1">
                  <span className="text-muted">{t('internalNote')}:</span> <bdi>{a.internalNote}</bdi>
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="messages-title">
        <h2 id="messages-title" className="font-bold">
          {t('messages')}
        </h2>
        {report.messages.length === 0 ? <p className="mt-2 text-sm text-muted">{t('noMessages')}</p> : null}
        <ul className="mt-3 space-y-2">
          {report.messages.map((m) => (
            <li key={m.id} className="rounded-lg bg-white p-3 text-sm">
              <p className="text-xs text-muted">
                {t(`authors.${m.authorType}`)} · {formatDateTime(m.createdAt, locale)}
              </p>
              <p dir="auto" className="mt-1 whitespace-pre-line">
                {m.body}
              </p>
              {m.attachments.map((a, i) => (
                <a key={a.id} className="me-2 text-brand-800 underline" href={`/api/attachments/${a.id}`}>
                  {t('attachment', { n: i + 1, type: a.mimeType === 'application/pdf' ? 'PDF' : t('image') })}
                </a>
              ))}
            </li>
          ))}
        </ul>
      </section>

      {report.referrals.length ? (
        <ReferralsPanel
          referrals={report.referrals}
          moves={report.referralActions}
          rating={report.rating}
          locale={locale}
          now={now}
          action={referralAction}
          // Who may send an answer back on the appeal may also dismiss it: the national office.
          appeal={
            Object.values(report.referralActions).some((m) => m.some((a) => a.action === 'reopenOnAppeal'))
              ? { reportId: report.id, action: dismissAppealAction }
              : undefined
          }
        />
      ) : null}

      {report.publishedOutcome ? (
        <section aria-labelledby="published-outcome-title" className="space-y-3">
          <h2 id="published-outcome-title" className="font-bold">
            {(await getTranslations('publishOutcome'))('currentTitle')}
          </h2>
          <OutcomeCard
            outcome={toPublicOutcomeView(
              report.publishedOutcome.row,
              new Map(report.publishedOutcome.agencies.map((a) => [a.id, localized(a, locale)])),
              locale,
            )}
            headingLevel={3}
          />
        </section>
      ) : null}

      <ReportActions
        reportId={report.id}
        version={report.version}
        actions={report.actions}
        agencies={report.agencies.map((g) => ({ id: g.id, name: localized(g, locale), suggested: g.suggested }))}
        action={action}
        outcome={{ ...outcomeActions, earlier: report.publicSummary }}
      />
    </article>
  );
}
