// The staff-account form as an administrator fills it (issue #15). Errors are keys of `adminAccounts.errors`.
import { z } from 'zod';
import { normalizeMobile } from '@/lib/auth/identifier';
import { blankToUndefined, optionalEmail, requiredText, idNumber } from '@/lib/text/schema';
import { STAFF_ROLES } from './staff-roles';

/**
 * A staff account: a name, a way to reach the person (a mobile, an e-mail address, or both: the
 * setup link goes to each, and either logs in), the staff roles and where they act. No password:
 * the person sets it through the one-time link.
 */
export const accountInput = z
  .object({
    name: requiredText({ min: 2, max: 120, tooShort: 'name' }),
    mobile: z.preprocess(
      blankToUndefined,
      z
        .string()
        .transform((v, ctx) => normalizeMobile(v) ?? (ctx.addIssue({ code: 'custom', message: 'mobile' }), z.NEVER))
        .optional(),
    ),
    email: optionalEmail('email'),
    roles: z.array(z.enum(STAFF_ROLES, { error: 'roles' })).max(STAFF_ROLES.length, 'roles'),
    provinceId: z.preprocess(blankToUndefined, idNumber('province').pipe(z.number().max(31, 'province')).optional()),
    agencyId: z.preprocess(blankToUndefined, z.uuid('agency').optional()),
    locale: z.enum(['fa', 'en']).default('fa'),
  })
  .refine((v) => v.mobile !== undefined || v.email !== undefined, { message: 'contactNeeded', path: ['mobile'] });
export type AccountInput = z.output<typeof accountInput>;

/** The form as posted: role checkboxes arrive as repeated `roles`. */
export function parseAccountForm(formData: FormData) {
  return accountInput.safeParse({ ...Object.fromEntries(formData), roles: [...new Set(formData.getAll('roles'))] });
}
