import { z } from 'zod';
import { blankToUndefined, requiredText, idNumber } from '@/lib/text/schema';

/**
 * An agency as the administrator edits it. `provinceId` empty = a national agency (it handles its
 * categories in every province). Days empty = the deployment's defaults (the settings
 * agencyAcknowledgeDays / agencyAnswerDays, lib/settings).
 * Errors are message keys of the `adminAgencies.errors` namespace.
 */
export const agencyInput = z.object({
  name: requiredText({ min: 2, max: 200, tooShort: 'name' }),
  nameEn: requiredText({ min: 2, max: 200, tooShort: 'nameEn' }),
  slug: z
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug')
    .max(60, 'slug'),
  provinceId: z.preprocess(blankToUndefined, idNumber('province').pipe(z.number().max(31, 'province')).optional()),
  acknowledgeDays: z.preprocess(blankToUndefined, z.coerce.number({ error: 'days' }).int('days').min(1, 'days').max(365, 'days').optional()),
  answerDays: z.preprocess(blankToUndefined, z.coerce.number({ error: 'days' }).int('days').min(1, 'days').max(365, 'days').optional()),
  active: z.boolean(),
  categoryIds: z.array(idNumber()).max(100),
});
export type AgencyInput = z.output<typeof agencyInput>;

/** The form as posted: checkboxes arrive as repeated `categoryIds` and a present-or-absent `active`. */
export function parseAgencyForm(formData: FormData) {
  return agencyInput.safeParse({
    ...Object.fromEntries(formData),
    active: formData.get('active') === 'on',
    categoryIds: formData.getAll('categoryIds'),
  });
}
