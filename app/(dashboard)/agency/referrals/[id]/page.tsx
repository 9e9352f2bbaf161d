import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { moveLabels } from '@/components/agencies/move-labels';
import { ReferralHistory } from '@/components/agencies/referral-history';
import { ReferralMoveForm } from '@/components/agencies/referral-move-form';
import { ReportFacts } from '@/components/reports/report-facts';
import { ReportHeading } from '@/components/reports/report-heading';
import { withFallbackPages } from '@/app/fallback-pages';
import { loadPage } from '@/lib/auth/guard';
import { getReferralForAgency } from '@/lib/agencies/get-referral';
import { formatDateTime, formatDueDay } from '@/lib/i18n/format';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { moveReferralAction } from '@/app/(dashboard)/reports/[id]/actions';

export const generateMetadata = titled('agency', 'pageTitle');

/** One referral in the agency portal: the agency projection, the covering note, the history and the agency's moves. */
export default withFallbackPages(async function AgencyReferralPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const [{ data: r }, locale, t] = await Promise.all([
    loadPage({ returnTo: `/agency/referrals/${id}`, permission: 'dashboard:agency', load: (actor) => getReferralForAgency({ actor, referralId: id }) }),
    currentLocale(),
    getTranslations('agency'),
  ]);
  const f = r.referral;
  const forms = await Promise.all(
    r.actions.map(async (m) => (
      <ReferralMoveForm
        key={m.action}
        action={moveReferralAction}
        referralId={f.id}
        version={f.version}
        move={m.action}
        requires={m.requires}
        labels={await moveLabels(m.action)}
      />
    )),
  );
  return (
    <article className="space-y-6" aria-labelledby="review-title">
      <p>
        <Link href="/agency" className="text-brand-800 underline">
          {t('inboxTitle')}
        </Link>
      </p>
      <ReportHeading kind={r.kind} category={r.category} status={r.status} caseNumber={r.caseNumber} locale={locale}>
        <p className="mt-1">
          <strong data-testid="referral-status">{t(`statuses.${f.status}`)}</strong>
        </p>
        <p className="mt-1 text-sm text-muted">
          {t('referredAt', { date: formatDateTime(f.referredAt, locale) })}
          {f.status === 'PENDING' && f.acknowledgeDueAt ? <> · {t('acknowledgeDue', { date: formatDueDay(f.acknowledgeDueAt, locale) })}</> : null}
          {f.answerDueAt && ['PENDING', 'ACKNOWLEDGED', 'SENT_BACK', 'CLARIFICATION_REQUESTED'].includes(f.status) ? (
            <> · {t('answerDue', { date: formatDueDay(f.answerDueAt, locale) })}</>
          ) : null}
        </p>
      </ReportHeading>
      {f.coveringNote ? (
        <section aria-labelledby="covering-title" className="rounded-xl border border-brand-600 bg-brand-50 p-4 text-sm">
          <h2 id="covering-title" className="font-bold">
            {t('coveringNote')}
          </h2>
          <p className="mt-1 whitespace-pre-line">
            <bdi>{f.coveringNote}</bdi>
          </p>
        </section>
      ) : null}
      <ReportFacts report={r} locale={locale} />
      <ReferralHistory steps={f.history} locale={locale} headingId="history-title" />
      <section aria-labelledby="moves-title" className="space-y-3">
        <h2 id="moves-title" className="font-bold">
          {t('movesTitle')}
        </h2>
        {forms.length ? forms : <p className="text-sm text-muted">{t('noMoves')}</p>}
      </section>
    </article>
  );
});
