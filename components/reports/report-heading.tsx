import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { localized, type Locale } from '@/lib/i18n/format';
import { CaseNumber } from './case-number';
import type { ReviewerView } from '@/lib/reports/report-views';

type Props = {
  kind: ReviewerView['kind'];
  category: { name: string; nameEn: string };
  status: ReviewerView['status'];
  /** The staff's case number (lib/reports/case-number.ts). */
  caseNumber: string | null;
  locale: Locale;
  children?: ReactNode;
};

/** A report page's heading for staff and agencies: kind · category, the case number and the current state; `children` add lines under it. */
export async function ReportHeading({ kind, category, status, caseNumber, locale, children }: Props) {
  const [t, statuses, kinds] = await Promise.all([getTranslations('review'), getTranslations('status'), getTranslations('reportForm.kinds')]);
  return (
    <header>
      <h1 id="review-title" className="text-2xl font-bold">
        {kinds(kind)} · {localized(category, locale)}
      </h1>
      {caseNumber ? (
        <p className="mt-1 text-sm">
          {t('caseNumber')} <CaseNumber value={caseNumber} locale={locale} />
        </p>
      ) : null}
      <p className="mt-2">
        {t('status')} <strong data-testid="review-status">{statuses(status)}</strong>
      </p>
      {children}
    </header>
  );
}
