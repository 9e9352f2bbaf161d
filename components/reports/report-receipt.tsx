'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { buttonClass } from '@/components/ui/button-link';

const noSubscription = () => () => {};

type Props = { code: string; submittedOn: string; category: string; state: string };

/**
 * A receipt to print: the date (Jalali), the tracking code large and unbroken, the category and the
 * state, and never the description. When the page is printed only this section is (the rest of the
 * case is `print:hidden`), with a warning that the paper can identify whoever holds it.
 */
export function ReportReceipt({ code, submittedOn, category, state }: Props) {
  const t = useTranslations('trackCase');
  // The print button needs JavaScript; until then (and without it) the hint names the browser's own command.
  const scripted = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  return (
    <section aria-labelledby="receipt-title" className="rounded-xl border-2 border-dashed border-slate-400 bg-white p-4" data-testid="receipt">
      <h3 id="receipt-title" className="font-bold">
        {t('receiptTitle')}
      </h3>
      <p className="mt-1 hidden text-sm print:block">{t('receiptSite')}</p>
      <dl className="mt-3 space-y-2">
        <div>
          <dt className="text-sm text-muted">{t('receiptCode')}</dt>
          <dd
            dir="ltr"
            className="whitespace-nowrap text-start font-mono text-xl font-bold tracking-wide sm:text-2xl print:text-[22pt]"
            data-testid="receipt-code"
          >
            {code}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('receiptDate')}</dt>
          <dd>{submittedOn}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('receiptCategory')}</dt>
          <dd>{category}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">{t('receiptState')}</dt>
          <dd>{state}</dd>
        </div>
      </dl>
      <p role="note" className="mt-4 rounded-lg border border-red-800 bg-red-50 p-3 text-sm font-semibold text-red-900" data-testid="receipt-warning">
        {t('receiptWarning')}
      </p>
      {scripted ? (
        <button type="button" onClick={() => window.print()} className={`${buttonClass('secondary')} mt-3`}>
          {t('print')}
        </button>
      ) : (
        <p className="mt-3 text-sm text-muted print:hidden">{t('printHint')}</p>
      )}
    </section>
  );
}
