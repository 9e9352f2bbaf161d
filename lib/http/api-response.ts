import 'server-only';
import { failure } from '@/lib/actions/action-state';
import { errorStatus, isAppError, type ErrorCode } from '@/lib/errors';

/**
 * The one way a route handler answers an error: the status of the error's code, a JSON body
 * `{ error: CODE, message: Persian/English sentence, fieldErrors? }`, and `Retry-After` on 429.
 * Anything unexpected is a 500 with the generic message (logged by `failure`, never a stack to the client).
 * @param namespace the messages namespace whose `errors.*` keys translate field errors (e.g. "reportForm")
 */
export async function toApiResponse(error: unknown, namespace: string): Promise<Response> {
  const { code = 'INTERNAL', message, fieldErrors } = await failure(error, namespace);
  const headers: Record<string, string> = { 'Cache-Control': 'no-store' };
  if (isAppError(error) && error.retryAfterSeconds) headers['Retry-After'] = String(error.retryAfterSeconds);
  return Response.json({ error: code, message, fieldErrors }, { status: errorStatus[code as ErrorCode], headers });
}
