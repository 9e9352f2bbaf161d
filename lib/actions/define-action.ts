import 'server-only';
import { headers } from 'next/headers';
import { unstable_rethrow } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import type { z } from 'zod';
import { requireActor } from '@/lib/auth/session';
import { can, type Action, type Actor } from '@/lib/authz';
import { clientKey } from '@/lib/crypto/client-key';
import { AppError } from '@/lib/errors';
import { failure, formValues, type ActionState } from './action-state';

/** How a form's fields become the use case's input: a zod schema over the fields, or a parser of the whole form. */
export type FormInput<I> = z.ZodType<I> | ((formData: FormData) => z.ZodSafeParseResult<I>);

export type ActionOptions<I> = {
  /** Messages namespace whose `errors.*` keys name the field errors (e.g. "reportForm"). */
  namespace: string;
  input: FormInput<I>;
  /** Fields never sent back to refill the form (passwords, codes). */
  omit?: readonly string[];
  /** A message key in `namespace` shown on success. */
  done?: string;
};

/**
 * The main work succeeded but a secondary step failed: e.g. the tracking page still shows the report
 * when the reporter's reply was refused. The form gets `ok: true` with the data, and the failure's
 * message and field errors next to the part that failed.
 */
export class PartlyDone<T> {
  constructor(
    readonly data: T,
    readonly error: unknown,
  ) {}
}

/** A use case that returns nothing gives the form `ActionState` with no data. */
type Data<T> = [T] extends [void] ? undefined : T extends PartlyDone<infer D> ? D : T;

export type FormAction<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

function parse<I>(input: FormInput<I>, formData: FormData): z.ZodSafeParseResult<I> {
  return typeof input === 'function' ? input(formData) : input.safeParse(Object.fromEntries(formData));
}

/**
 * The one shape of a server action (STYLE.md §5): parse the form with zod, check who acts, run one use
 * case, and answer `{ ok, message, fieldErrors, values }` — the values refill the form after React resets
 * it. Domain errors become Persian messages through `failure`; Next's redirect/notFound pass through.
 */
async function runAction<I, T, C>(
  o: ActionOptions<I>,
  formData: FormData,
  context: () => Promise<C>,
  run: (ctx: C & { input: I; formData: FormData }) => Promise<T>,
): Promise<ActionState<Data<T>>> {
  const values = formValues(formData, o.omit);
  const parsed = parse(o.input, formData);
  if (!parsed.success) return failure(parsed.error, o.namespace, values);
  try {
    const result = await run({ ...(await context()), input: parsed.data, formData });
    if (result instanceof PartlyDone) {
      const failed = await failure(result.error, o.namespace, values);
      return { ok: true, data: result.data as Data<T>, values, message: failed.message, fieldErrors: failed.fieldErrors, code: failed.code };
    }
    const message = o.done ? (await getTranslations(o.namespace))(o.done) : undefined;
    return { ok: true, data: result as Data<T>, values, message };
  } catch (error) {
    unstable_rethrow(error);
    return failure(error, o.namespace, values);
  }
}

/** An action anyone may call (the visitor's forms). `rateKey` identifies the client for its limits (lib/crypto/client-key). */
export function publicAction<I, T>(o: ActionOptions<I>, run: (ctx: { input: I; formData: FormData; rateKey: string }) => Promise<T>): FormAction<Data<T>> {
  return (_previous, formData) => runAction(o, formData, async () => ({ rateKey: clientKey(await headers()) }), run);
}

/**
 * An action for a signed-in person holding `permission` (or any signed-in person when null). Without a
 * session it answers UNAUTHENTICATED ("log in again", the form keeps its values); without the permission,
 * FORBIDDEN. The use case still checks scope itself: this is the door, not the room.
 */
export function authedAction<I, T>(
  permission: Action | null,
  o: ActionOptions<I>,
  run: (ctx: { input: I; formData: FormData; actor: Actor }) => Promise<T>,
): FormAction<Data<T>> {
  return (_previous, formData) =>
    runAction(
      o,
      formData,
      async () => {
        const actor = await requireActor();
        if (permission && !can(actor, permission)) throw new AppError('FORBIDDEN');
        return { actor };
      },
      run,
    );
}
