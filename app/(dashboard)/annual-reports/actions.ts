'use server';

import { revalidatePath } from 'next/cache';
import { parseAnnualReportForm } from '@/lib/annual-report/annual-report-input';
import { requestAnnualReport } from '@/lib/annual-report/request-annual-report';
import { authedAction } from '@/lib/actions/define-action';
import { toJalali } from '@/lib/i18n/format';

/** Asks for an annual report; lib/annual-report/request-annual-report.ts decides the scope the actor may ask for. */
export const requestAnnualReportAction = authedAction(
  'annualReport:request',
  { namespace: 'annualReports', input: (formData) => parseAnnualReportForm(formData, toJalali(new Date()).jy) },
  async ({ actor, input }) => {
    const result = await requestAnnualReport({ actor, input });
    revalidatePath('/annual-reports');
    return result;
  },
);
