import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { localized, type Locale } from '@/lib/i18n/format';
import type { ReviewerView } from '@/lib/reports/report-views';

type Props = { kind: ReviewerView['kind']; category: { name: string; nameEn: string }; status: ReviewerView['status']; locale: Locale; children?: ReactNode };

/** A report page's heading for staff and agencies: kind · category, and the current state; `children` add lines under it. */
export async function ReportHeading({ kind, category, status, locale, children }: Props) {
  const [t, statuses, kinds] = await Promise.all([getTranslations('review'), getTranslations('status'), getTranslations('reportForm.kinds')]);
  return (
    <header>
      <h1 id="review-title" className="text-2xl font-bold">
        {kinds(kind)} · {localized(category, locale)}
      </h1>
      <p className="mt-2">
        {t('status')} <strong data-testid="review-status">{statuses(status)}</strong>
      </p>
      {children}
    </header>
  );
}
