import 'server-only';
import { can, type Actor } from '@/lib/authz';
import { AppError } from '@/lib/errors';
import type { AccountInput } from './account-input';
import { insertAccount } from './insert-account';

/**
 * An administrator creates a staff account (issue #15): name, mobile and/or e-mail, staff roles and
 * their scope. The person receives a one-time link to set their password through the notifier; the
 * administrator never sees it (the path is not returned). Errors: FORBIDDEN (not an administrator),
 * VALIDATION (field errors: roles and scope, an inactive agency, a mobile or e-mail already in use).
 */
export async function createStaffAccount({ actor, input }: { actor: Actor; input: AccountInput }): Promise<{ id: string }> {
  if (!can(actor, 'account:manage')) throw new AppError('FORBIDDEN');
  const { id } = await insertAccount({ input, actorId: actor.id, via: 'admin' });
  return { id };
}
