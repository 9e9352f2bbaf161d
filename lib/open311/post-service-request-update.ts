import 'server-only';
import { z } from 'zod';
import { AppError, isAppError } from '@/lib/errors';
import { moveReferral } from '@/lib/workflow/move-referral';
import type { PostedUpdate } from './schemas';
import { OPEN311_UPDATE_STATUSES, referralMoveFor } from './status-mapping';

const w3cDateTime = z.iso.datetime({ offset: true });

const formSchema = z.object({
  service_request_id: z.string({ error: 'service_request_id' }).trim().min(1, 'service_request_id'),
  update_id: z.string({ error: 'update_id' }).trim().min(1, 'update_id').max(100, 'update_id'),
  status: z.enum(OPEN311_UPDATE_STATUSES, 'status'),
  updated_datetime: w3cDateTime.optional().or(z.literal('').transform(() => undefined)),
  description: z.string().optional(),
});

/** What the key acts for (lib/agencies/api-keys/authenticate-api-key.ts). */
export type ApiKeyCaller = { apiKeyId: string; agencyId: string };

/**
 * servicerequestupdates.{fmt} POST: one update of the agency's system, made as the referral move its
 * status maps to (status-mapping.ts) through the portal's own use case (lib/workflow/move-referral.ts),
 * which checks reach, the table, the words and the files, and records history, audit and notices.
 * The same update_id on the same request records one update: a retry gets the first one's id.
 * `updated_datetime` is checked but not trusted: the step is dated when Sajam received it (due dates
 * are Sajam's to keep). `jurisdiction_id` and other fields are ignored.
 *
 * Errors, with the form's names: VALIDATION (field errors on service_request_id, update_id, status,
 * updated_datetime, description, media), NOT_FOUND (not one of this agency's live referrals),
 * FORBIDDEN (the move is not open from the referral's state: answered 400 by the API), CONFLICT.
 */
export async function postServiceRequestUpdate({
  caller,
  fields,
  files,
}: {
  caller: ApiKeyCaller;
  fields: Record<string, string | undefined>;
  files: readonly File[];
}): Promise<PostedUpdate> {
  const parsed = formSchema.safeParse(fields);
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0] ?? 'body'), [String(i.path[0] ?? 'body')]]));
    throw new AppError('VALIDATION', 'bad update', { fieldErrors });
  }
  const form = parsed.data;
  const move = referralMoveFor(form.status);
  try {
    const result = await moveReferral({
      by: { kind: 'apiKey', apiKeyId: caller.apiKeyId, agencyId: caller.agencyId },
      referralId: form.service_request_id,
      action: move.action,
      outcome: move.outcome,
      note: form.description,
      files,
      agencyStatus: form.status,
      updateId: form.update_id,
    });
    return [{ update_id: result.eventId }];
  } catch (error) {
    throw inFormTerms(error);
  }
}

/** The use case's field names (note, attachments) as the form's (description, media). */
function inFormTerms(error: unknown): unknown {
  if (!isAppError(error) || error.code !== 'VALIDATION' || !error.fieldErrors) return error;
  const fieldErrors: Record<string, string[]> = {};
  for (const [field, keys] of Object.entries(error.fieldErrors)) {
    if (field === 'note') fieldErrors.description = keys.map((k) => (k === 'noteLong' ? 'descriptionLong' : 'description'));
    else if (field === 'attachments') fieldErrors.media = ['media'];
    else fieldErrors[field] = keys;
  }
  return new AppError('VALIDATION', error.message, { fieldErrors });
}
