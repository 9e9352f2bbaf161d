'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { revokeCertificate } from '@/lib/training/certificates/revoke-certificate';

/**
 * Revokes a certificate with a reason (lib/training/certificates/revoke-certificate.ts checks the holder is in the
 * actor's reach and validates the reason). The pages that show certificates to staff read it afresh.
 */
export const revokeCertificateAction = authedAction(
  'certificate:revoke',
  { namespace: 'certificates', input: z.object({ certificateId: z.string().max(64), reason: z.string().max(2000) }), done: 'revoked' },
  async ({ actor, input }) => {
    await revokeCertificate({ actor, certificateId: input.certificateId, reason: input.reason });
    revalidatePath('/training', 'layout');
  },
);
