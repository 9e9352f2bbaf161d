'use server';

import { authedAction } from '@/lib/actions/define-action';
import { reportFormInput, uploadedFiles } from '@/lib/reports/report-input';
import { submitReportFromForm } from '@/lib/reports/submit-report-form';

/** A member's report: tied to their core, rate-limited per account. */
export const submitMemberReport = authedAction(
  'report:submit-as-member',
  { namespace: 'reportForm', input: (formData) => reportFormInput(formData, { member: true }) },
  ({ actor, input, formData }) => submitReportFromForm({ actor, input, files: uploadedFiles(formData), rateKey: `member:${actor.id}` }),
);
