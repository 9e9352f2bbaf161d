'use server';

import { publicAction } from '@/lib/actions/define-action';
import { reportFormInput, uploadedFiles } from '@/lib/reports/report-input';
import { submitReportFromForm } from '@/lib/reports/submit-report-form';

/** The public form: no account. The client address is used only as a keyed hash for the rate limit. */
export const submitPublicReport = publicAction({ namespace: 'reportForm', input: (formData) => reportFormInput(formData) }, ({ input, formData, rateKey }) =>
  submitReportFromForm({ actor: null, input, files: uploadedFiles(formData), rateKey }),
);
