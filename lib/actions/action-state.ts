import 'server-only';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { isAppError, type AppError, type ErrorCode } from '@/lib/errors';
import { logUnexpected } from '@/lib/log/logger';

/** What every form action returns to useActionState: a message, per-field messages, and the values to refill. */
export type ActionState<T = undefined> = {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  values?: Record<string, string>;
  data?: T;
  /** Set for domain errors, so a form can offer the right next step (e.g. reload on CONFLICT). */
  code?: ErrorCode;
  /** For an unexpected error: the id of its log line (shown in the message, for the operators). */
  errorId?: string;
};

/** How much of a posted form is sent back to refill it: Sajam's largest form has a few dozen fields. */
export const ECHO_LIMITS = { fields: 64, chars: 20_000 } as const;

/**
 * The text fields of a form, to put back after React resets a failed form. Files and secrets are left
 * out, and so is what no form of Sajam's could have sent (a post with 900,000 made-up fields was echoed
 * back whole, 30 MB): at most ECHO_LIMITS.fields fields, each of at most ECHO_LIMITS.chars characters.
 */
export function formValues(formData: FormData, omit: readonly string[] = []): Record<string, string> {
  const values: Record<string, string> = {};
  let kept = 0;
  for (const [key, value] of formData.entries()) {
    if (typeof value !== 'string' || omit.includes(key) || key.startsWith('$') || value.length > ECHO_LIMITS.chars) continue;
    if (!(key in values) && ++kept > ECHO_LIMITS.fields) break;
    // A field sent several times (ticked checkboxes of one name) comes back comma-joined.
    values[key] = key in values ? `${values[key]},${value}` : value;
  }
  return values;
}

/**
 * Turns a zod failure or an AppError into Persian (or English) messages for the form. Field messages are
 * keys under `namespace.errors`; anything unexpected is logged and shown as a generic error, never a stack.
 */
export async function failure(error: unknown, namespace: string, values?: Record<string, string>): Promise<ActionState<never>> {
  const [t, shared, errors] = await Promise.all([getTranslations(`${namespace}.errors`), getTranslations('sharedErrors'), getTranslations('errors')]);
  const message = (key: string) => (t.has(key) ? t(key) : shared.has(key) ? shared(key) : errors('VALIDATION'));
  const translate = (fields: Record<string, string[] | undefined>) =>
    Object.fromEntries(Object.entries(fields).map(([field, keys]) => [field, (keys ?? []).map(message)]));

  if (isZodError(error)) {
    return {
      ok: false,
      code: 'VALIDATION',
      message: errors('VALIDATION'),
      fieldErrors: translate(z.flattenError(error).fieldErrors as Record<string, string[]>),
      values,
    };
  }
  if (isAppError(error)) {
    return {
      ok: false,
      code: error.code,
      message: errorMessage(error, errors),
      fieldErrors: error.fieldErrors ? translate(error.fieldErrors) : undefined,
      values,
    };
  }
  const errorId = logUnexpected(error, namespace);
  return { ok: false, code: 'INTERNAL', message: errors('INTERNAL_WITH_ID', { id: errorId }), values, errorId };
}

/** A limit names the wait in whole minutes ("wait 7 minutes"); every other code has one sentence. */
export function errorMessage(error: AppError, errors: (key: string, values?: Record<string, number>) => string): string {
  if (error.code === 'RATE_LIMITED' && error.retryAfterSeconds)
    return errors('RATE_LIMITED_WAIT', { minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
  return errors(error.code);
}

/** By shape, not `instanceof`: a schema built by another bundle's copy of zod throws another class. */
function isZodError(error: unknown): error is z.ZodError {
  return (
    typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'ZodError' && Array.isArray((error as { issues?: unknown }).issues)
  );
}
