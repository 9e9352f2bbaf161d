import { getTranslations } from 'next-intl/server';
import { formatDateTime, type Locale } from '@/lib/i18n/format';
import type { ReferralEventKind } from '@/lib/workflow/referral-transitions';

export type HistoryStep = {
  id: string;
  kind: ReferralEventKind;
  note: string | null;
  agencyStatus: string | null;
  at: Date;
  /** Staff see who acted: a name, the agency's system (API), or Sajam's follow-up job (null). Agencies see no names. */
  by?: string | { api: true } | null;
  attachments: { id: string; mimeType: string }[];
};

/** A referral's follow-up history, oldest first: each step's kind, date, words and files. */
export async function ReferralHistory({ steps, locale, headingId }: { steps: readonly HistoryStep[]; locale: Locale; headingId: string }) {
  const t = await getTranslations('agency');
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="font-semibold">
        {t('history')}
      </h3>
      {steps.length === 0 ? <p className="text-sm text-muted">{t('noHistory')}</p> : null}
      <ol className="mt-2 space-y-2 border-s-2 border-slate-200 ps-4 text-sm">
        {steps.map((s) => (
          <li key={s.id} data-testid="referral-step">
            <p>
              <strong>{t(`events.${s.kind}`)}</strong>
              {s.agencyStatus ? (
                <span className="ms-2 rounded bg-slate-100 px-1" dir="ltr">
                  {s.agencyStatus}
                </span>
              ) : null}
              <span className="ms-2 text-muted">{formatDateTime(s.at, locale)}</span>
              {s.by === undefined ? null : (
                <span className="ms-2 text-muted">· {s.by === null ? t('bySystem') : typeof s.by === 'string' ? <bdi>{s.by}</bdi> : t('byApi')}</span>
              )}
            </p>
            {s.note ? (
              <p className="mt-1 whitespace-pre-line">
                <bdi>{s.note}</bdi>
              </p>
            ) : null}
            {s.attachments.length ? (
              <p className="mt-1">
                {s.attachments.map((a, i) => (
                  <a key={a.id} className="me-2 text-brand-800 underline" href={`/api/attachments/${a.id}`}>
                    {t('files')} {i + 1}
                  </a>
                ))}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  );
}
