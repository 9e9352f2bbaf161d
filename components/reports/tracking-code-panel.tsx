'use client';

import { useTranslations } from 'next-intl';
import { useState, useSyncExternalStore } from 'react';
import { ButtonLink, buttonClass } from '@/components/ui/button-link';
import { NextSteps } from './next-steps';
import { useReportDone } from './report-done-context';

/**
 * Shown once, right after submitting: the code is an anonymous reporter's only key and is never shown
 * again (a member's account keeps the report, so a member is told where to find it instead), and what
 * happens next.
 */
const noSubscription = () => () => {};

export function TrackingCodePanel({ code, qrSvg }: { code: string; qrSvg: string }) {
  const t = useTranslations('reportForm.done');
  const c = useTranslations('trackCase');
  const { member, nextSteps } = useReportDone();
  const [copied, setCopied] = useState(false);
  // The copy button works only with scripts: absent from the server's HTML (and until hydration), so a
  // page without scripts shows the code, selectable, and asks to write it down, with no dead button.
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const fileHref = `data:text/plain;charset=utf-8,${encodeURIComponent(`${t('fileText')}\n${code}\n`)}`;

  async function copy() {
    await navigator.clipboard.writeText(code);
    setCopied(true);
  }

  return (
    <section
      id="done"
      tabIndex={-1}
      aria-labelledby="done-title"
      aria-live="polite"
      className="mt-6 space-y-5 rounded-xl border-2 border-brand-600 bg-white p-5 text-center"
    >
      <h2 id="done-title" className="text-xl font-bold text-brand-800">
        {t('title')}
      </h2>
      <p>{t('body')}</p>
      {member ? (
        <p className="text-sm font-semibold" data-testid="member-saved">
          {c('memberSaved')}
        </p>
      ) : (
        <p className="text-sm font-semibold text-red-800">{t('once')}</p>
      )}
      <p
        className="select-all whitespace-nowrap rounded-lg bg-slate-100 px-2 py-3 font-mono text-xl tracking-wide sm:text-2xl sm:tracking-widest"
        dir="ltr"
        data-testid="tracking-code"
      >
        {code}
      </p>
      <p className="text-sm" data-testid="write-down">
        {t('writeDown')}
      </p>
      <div
        role="img"
        aria-label={t('qr')}
        className="mx-auto size-44 [&>svg]:size-full"
        // The SVG is generated on our server from the code alone.
        dangerouslySetInnerHTML={{ __html: qrSvg }}
      />
      <div className="flex flex-wrap justify-center gap-3">
        {hydrated ? (
          <button type="button" onClick={copy} className={buttonClass()}>
            {copied ? t('copied') : t('copy')}
          </button>
        ) : null}
        <a href={fileHref} download="sajam-tracking-code.txt" className={buttonClass('secondary')}>
          {t('save')}
        </a>
        {member ? (
          <ButtonLink href="/member/reports" variant="secondary">
            {c('myReports')}
          </ButtonLink>
        ) : (
          <ButtonLink href="/track" variant="secondary">
            {t('track')}
          </ButtonLink>
        )}
      </div>
      {nextSteps.length ? <NextSteps steps={nextSteps} /> : null}
      <p role="status" aria-live="polite" className="sr-only">
        {copied ? t('copied') : ''}
      </p>
    </section>
  );
}
