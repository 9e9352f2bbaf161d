import { useTranslations } from 'next-intl';
import type { TrackView } from '@/lib/reports/track-form';

type Props = { report: Pick<TrackView, 'timeline' | 'agencyAnswer' | 'messages' | 'referredTo' | 'followUp'>; headingLevel?: 'h2' | 'h3' };

/**
 * What the reporter sees of their case (the author's projection): steps with public notes, the
 * agency's answer, and the thread. Rendered on /track and on a member's own /reports/<id>.
 */
export function CaseProgress({ report, headingLevel: H = 'h3' }: Props) {
  const t = useTranslations('track');
  const status = useTranslations('status');
  const authors = useTranslations('track.authors');
  const c = useTranslations('trackCase');
  return (
    <>
      {report.followUp.length ? (
        // Each agency's follow-up, in public wording only: what was done and when (issue #14).
        <section aria-labelledby="follow-up-title">
          <H id="follow-up-title" className="font-bold">
            {c('followUpTitle')}
          </H>
          <ul className="mt-3 space-y-3 text-sm" data-testid="follow-up">
            {report.followUp.map((f, i) => (
              <li key={i}>
                <ol className="space-y-1 border-s-2 border-slate-300 ps-4">
                  {f.steps.map((step, j) => (
                    <li key={j}>
                      {c(`followUp.${step.kind}`, { agency: f.agency })} <span className="text-xs text-muted">· {step.at}</span>
                    </li>
                  ))}
                </ol>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="timeline-title">
        <H id="timeline-title" className="font-bold">
          {t('timeline')}
        </H>
        <ol className="mt-3 space-y-3 border-s-2 border-brand-600 ps-10 marker:font-bold marker:text-brand-800">
          {report.timeline.map((step, i) => (
            <li key={i}>
              <p className="font-medium">{status(step.status)}</p>
              <p className="text-xs text-muted">{step.at}</p>
              {step.publicNote ? (
                <p dir="auto" className="mt-1 rounded bg-slate-100 p-2 text-sm">
                  {step.publicNote}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
        {report.referredTo.length ? (
          <p className="mt-3 rounded-lg bg-brand-50 p-3 text-sm" data-testid="referred-to">
            {c('referredTo', { agencies: report.referredTo.join('، ') })}
          </p>
        ) : null}
      </section>

      {report.agencyAnswer ? (
        <section aria-labelledby="answer-title" className="rounded-xl border border-brand-600 bg-brand-50 p-4">
          <H id="answer-title" className="font-bold">
            {t('agencyAnswer', { agency: report.agencyAnswer.agency })}
          </H>
          <p dir="auto" className="mt-2 whitespace-pre-line">
            {report.agencyAnswer.response}
          </p>
          <p className="mt-1 text-xs text-muted">{report.agencyAnswer.at}</p>
        </section>
      ) : null}

      <section aria-labelledby="thread-title">
        <H id="thread-title" className="font-bold">
          {t('thread')}
        </H>
        {report.messages.length === 0 ? <p className="mt-2 text-sm text-muted">{t('noMessages')}</p> : null}
        <ul className="mt-3 space-y-3">
          {report.messages.map((m) => (
            <li key={m.id} className={`rounded-lg p-3 ${m.author === 'REPORTER' ? 'ms-8 bg-brand-50' : 'me-8 bg-white'}`}>
              <p className="text-xs font-semibold text-muted">
                {authors(m.author)} · {m.at}
              </p>
              <p dir="auto" className="mt-1 whitespace-pre-line">
                {m.body}
              </p>
              {m.attachments.length ? (
                <p className="mt-1 flex flex-wrap gap-x-3 text-xs">
                  <span className="text-muted">{t('attachments', { count: m.attachments.length })}:</span>
                  {m.attachments.map((a, i) => (
                    <a key={a.id} href={a.href} target="_blank" rel="noreferrer" className="inline-flex min-h-6 items-center text-brand-800 underline">
                      {m.attachments.length === 1 ? c('openAttachment') : c('openAttachmentNumbered', { n: i + 1 })}
                    </a>
                  ))}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
