'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/actions/define-action';
import { createApiKeySchema, revokeApiKeySchema } from '@/lib/agencies/api-keys/api-key-input';
import { createApiKey } from '@/lib/agencies/api-keys/create-api-key';
import { revokeApiKey } from '@/lib/agencies/api-keys/revoke-api-key';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDate } from '@/lib/i18n/format';

const keysPath = (agencyId: string) => `/admin/agencies/${agencyId}/keys`;

/** A new key for the agency; the whole key comes back in this answer only (shown once by the form). */
export const createApiKeyAction = authedAction(
  'apiKey:manage',
  { namespace: 'apiKeys', input: createApiKeySchema, done: 'create.done' },
  async ({ actor, input }) => {
    const created = await createApiKey({ actor, input });
    revalidatePath(keysPath(input.agencyId));
    return { label: created.label, key: created.key, expiresOn: formatDate(created.expiresAt, await currentLocale()) };
  },
);

/** Revokes a key at once (the form asks for a tick first). */
export const revokeApiKeyAction = authedAction(
  'apiKey:manage',
  { namespace: 'apiKeys', input: revokeApiKeySchema, done: 'revoke.done' },
  async ({ actor, input }) => {
    await revokeApiKey({ actor, agencyId: input.agencyId, apiKeyId: input.apiKeyId });
    revalidatePath(keysPath(input.agencyId));
  },
);
