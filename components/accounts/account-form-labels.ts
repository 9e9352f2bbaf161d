import 'server-only';
import { getTranslations } from 'next-intl/server';
import { STAFF_ROLES } from '@/lib/accounts/staff-roles';
import type { AccountFormLabels } from './account-form';

/** The account form's words and the staff roles' names, translated here so the client form receives text. */
export async function accountFormLabels(submit: 'create' | 'save'): Promise<{ labels: AccountFormLabels; roles: { value: string; name: string }[] }> {
  const [t, roleName] = await Promise.all([getTranslations('adminAccounts.form'), getTranslations('roles')]);
  const keys = [
    'name',
    'mobile',
    'mobileHint',
    'email',
    'emailHint',
    'roles',
    'rolesHint',
    'province',
    'provinceHint',
    'agency',
    'agencyHint',
    'none',
    'locale',
    'fa',
    'en',
  ] as const;
  return {
    labels: { ...(Object.fromEntries(keys.map((k) => [k, t(k)])) as Omit<AccountFormLabels, 'submit'>), submit: t(submit) },
    roles: STAFF_ROLES.map((value) => ({ value, name: roleName(value) })),
  };
}
