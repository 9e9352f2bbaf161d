'use server';

import { z } from 'zod';
import { hashUpload } from '@/lib/annual-report/hash-upload';
import { verifyAnnualReport } from '@/lib/annual-report/verify-annual-report';
import { publicAction } from '@/lib/actions/define-action';

/** Hashes an uploaded file (never stored) and compares it with the document issued under the code. */
export const verifyUploadAction = publicAction(
  { namespace: 'verifyReport', input: z.object({ code: z.string().max(40) }), omit: ['file'] },
  async ({ input, formData, rateKey }) => {
    let sha256 = '';
    const hash = async () => (sha256 = await hashUpload(formData.get('file')));
    const { matches } = await verifyAnnualReport({ code: input.code, sha256: hash, rateKey });
    return { matches: matches === true, sha256 };
  },
);
