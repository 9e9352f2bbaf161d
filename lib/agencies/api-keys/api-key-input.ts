// What an administrator types to create a key (parsed by the action, app/(dashboard)/admin/agencies/[id]/keys,
// and again by the use case). Numbers may be typed in Persian or Arabic digits; blank means the default.
import { z } from 'zod';
import { normalizeIdentifier } from '@/lib/text/normalize';
import { requiredText } from '@/lib/text/schema';

export const API_KEY_DEFAULT_DAYS = 365;
/** Two years at most: a key that never expires outlives the staff who remember giving it. */
export const API_KEY_MAX_DAYS = 730;
export const API_KEY_DEFAULT_RATE = 60;
export const API_KEY_MAX_RATE = 6000;

const typedNumber = (fallback: number) => (v: unknown) => {
  if (v === undefined || v === null) return fallback;
  if (typeof v !== 'string') return v;
  const digits = normalizeIdentifier(v);
  return digits === '' ? fallback : digits;
};

export const createApiKeySchema = z.object({
  agencyId: z.uuid('agency'),
  label: requiredText({ min: 2, max: 80, tooShort: 'label', tooLong: 'labelLong' }),
  expiresInDays: z.preprocess(typedNumber(API_KEY_DEFAULT_DAYS), z.coerce.number({ error: 'days' }).int('days').min(1, 'days').max(API_KEY_MAX_DAYS, 'days')),
  ratePerMinute: z.preprocess(typedNumber(API_KEY_DEFAULT_RATE), z.coerce.number({ error: 'rate' }).int('rate').min(1, 'rate').max(API_KEY_MAX_RATE, 'rate')),
});

export type CreateApiKeyInput = z.output<typeof createApiKeySchema>;

export const revokeApiKeySchema = z.object({
  agencyId: z.uuid('agency'),
  apiKeyId: z.uuid('key'),
  confirmed: z.literal('on', 'confirmRequired'),
});
