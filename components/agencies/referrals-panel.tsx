import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import { formatDateTime, formatDueDay, localized, type Locale } from '@/lib/i18n/format';
import type { ReviewerPage } from '@/lib/reports/get-report-for-review';
import { moveLabels } from './move-labels';
import { ReferralHistory } from './referral-history';
import { ReferralMoveForm } from './referral-move-form';
import { DismissAppealForm } from './dismiss-appeal-form';

type Props = {
  referrals: ReviewerPage['referrals'];
  moves: ReviewerPage['referralActions'];
  rating: ReviewerPage['rating'];
  locale: Locale;
  now: Date;
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  /** Present when the national office may dismiss an open appeal. */
  appeal?: { reportId: string; action: (state: ActionState, formData: FormData) => Promise<ActionState> };
};

/** On a reviewer's report page: each agency's referral, its due dates, its history and the staff's moves on it. */
export async function ReferralsPanel({ referrals, moves, rating, locale, now, action, appeal }: Props) {
  const t = await getTranslations('agency');
  return (
    <section aria-labelledby="referrals-title" className="space-y-4">
      <h2 id="referrals-title" className="font-bold">
        {t('referralsTitle')}
      </h2>
      {rating ? (
        <p className="rounded-lg bg-slate-50 p-3 text-sm" data-testid="rating">
          {t('rating')}: <strong>{t(rating.satisfied ? 'satisfied' : 'notSatisfied')}</strong>
          {rating.comment ? (
            <>
              {' — '}
              <bdi>{rating.comment}</bdi>
            </>
          ) : null}
          {rating.appealStatus ? (
            <span className="ms-2 rounded bg-amber-100 px-2 py-0.5 font-semibold text-amber-900">
              {t(rating.appealStatus === 'OPEN' ? 'appealOpen' : rating.appealStatus === 'UPHELD' ? 'appealUpheld' : 'appealDismissed')}
            </span>
          ) : null}
          {rating.appealStatus === 'OPEN' ? <span className="mt-1 block text-muted">{t('appealHint')}</span> : null}
        </p>
      ) : null}
      {rating?.appealStatus === 'OPEN' && appeal ? (
        <DismissAppealForm action={appeal.action} reportId={appeal.reportId} labels={{ title: t('dismissAppeal'), note: t('appealNote') }} />
      ) : null}
      {await Promise.all(
        referrals.map(async (f) => {
          const due = f.status === 'PENDING' ? f.acknowledgeDueAt : f.answerDueAt;
          const late = due !== null && due < now && ['PENDING', 'ACKNOWLEDGED', 'SENT_BACK'].includes(f.status);
          const forms = await Promise.all(
            (moves[f.id] ?? []).map(async (m) => (
              <ReferralMoveForm
                key={m.action}
                action={action}
                referralId={f.id}
                version={f.version}
                move={m.action}
                requires={m.requires}
                labels={await moveLabels(m.action)}
              />
            )),
          );
          return (
            <article key={f.id} className="space-y-3 rounded-xl border border-slate-200 p-4" aria-labelledby={`referral-${f.id}`} data-testid="referral">
              <h3 id={`referral-${f.id}`} className="font-semibold">
                <bdi>{localized(f.agency, locale)}</bdi> — <span data-testid="referral-status">{t(`statuses.${f.status}`)}</span>
              </h3>
              <p className="text-sm text-muted">
                {t('referredAt', { date: formatDateTime(f.referredAt, locale) })}
                {f.acknowledgeDueAt && f.status === 'PENDING' ? <> · {t('acknowledgeDue', { date: formatDueDay(f.acknowledgeDueAt, locale) })}</> : null}
                {f.answerDueAt && f.status !== 'PENDING' ? <> · {t('answerDue', { date: formatDueDay(f.answerDueAt, locale) })}</> : null}
                {late ? <span className="ms-2 rounded bg-red-700 px-2 py-0.5 text-white">{t('overdueBadge')}</span> : null}
                {f.escalatedAt ? <span className="ms-2 rounded bg-amber-700 px-2 py-0.5 text-white">{t('escalatedBadge')}</span> : null}
              </p>
              {f.coveringNote ? (
                <p className="text-sm">
                  <span className="text-muted">{t('coveringNote')}:</span> <bdi>{f.coveringNote}</bdi>
                </p>
              ) : null}
              <ReferralHistory steps={f.history} locale={locale} headingId={`referral-history-${f.id}`} />
              {forms.length ? <div className="space-y-2">{forms}</div> : null}
            </article>
          );
        }),
      )}
    </section>
  );
}
