'use server';

import { publicAction } from '@/lib/actions/define-action';
import { currentLocale } from '@/lib/i18n/current-locale';
import { uploadedFiles } from '@/lib/reports/report-input';
import { trackForm, trackInput } from '@/lib/reports/track-form';

/** Public: the tracking code is the only key. Lookups and replies count against the client's tracking limit. */
export const trackAction = publicAction({ namespace: 'track', input: trackInput, omit: ['statusMobileCode'] }, async ({ input, formData, rateKey }) =>
  trackForm({ input, files: uploadedFiles(formData), rateKey, locale: await currentLocale() }),
);
