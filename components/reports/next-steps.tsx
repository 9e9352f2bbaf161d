import { useTranslations } from 'next-intl';
import type { NextStep } from '@/lib/workflow/next-steps';

/**
 * "What happens next": the steps ahead and how long each normally takes (the configured deadlines), in
 * plain words. Shown right after submitting and on /track; a case that has ended says so instead.
 */
export function NextSteps({ steps, headingLevel: H = 'h3' }: { steps: readonly NextStep[]; headingLevel?: 'h2' | 'h3' }) {
  const t = useTranslations('trackCase');
  const when = (s: NextStep) =>
    s.days !== null
      ? t('stepDays', { days: s.days })
      : s.step === 'NEEDS_INFO'
        ? t('stepNeedsInfo')
        : s.step === 'REFERRAL'
          ? t('stepReferral')
          : t('stepOutcome');
  return (
    <section aria-labelledby="next-steps-title" className="rounded-xl border border-slate-200 bg-white p-4 text-start">
      <H id="next-steps-title" className="font-bold">
        {t('nextTitle')}
      </H>
      {steps.length === 0 ? (
        <p className="mt-2 text-sm">{t('ended')}</p>
      ) : (
        <>
          <p className="mt-2 text-sm text-muted">{t('nextIntro')}</p>
          <ol className="mt-3 space-y-2 ps-6" data-testid="next-steps">
            {steps.map((s) => (
              <li key={s.step} aria-current={s.current ? 'step' : undefined}>
                <span className="font-medium">{t(`steps.${s.step}`)}</span>
                {s.current ? <span className="ms-2 rounded bg-brand-50 px-2 py-0.5 text-xs font-semibold text-brand-800">{t('now')}</span> : null}
                <span className="block text-sm text-muted">{when(s)}</span>
              </li>
            ))}
          </ol>
          <p className="mt-3 text-xs text-muted">{t('nextNote')}</p>
        </>
      )}
    </section>
  );
}
