// What a person asks for on /annual-reports: a Jalali year and whose reports (the country, one province or one
// agency). Client-safe: the form's select and the use case parse the same fields.
import { z } from 'zod';
import { asWholeNumber } from '@/lib/text/schema';

/** The first year Sajam reports on; the last is the current Jalali year. */
export const FIRST_REPORT_YEAR = 1390;

/** The request as the use case takes it. `currentYear`: the Jalali year now (lib/i18n/format.ts toJalali). */
export function annualReportInputSchema(currentYear: number) {
  return z
    .object({
      year: z.preprocess(
        asWholeNumber,
        z.number({ error: 'year' }).int({ error: 'year' }).min(FIRST_REPORT_YEAR, { error: 'year' }).max(currentYear, { error: 'yearFuture' }),
      ),
      provinceId: z
        .preprocess(asWholeNumber, z.number({ error: 'scope' }).int({ error: 'scope' }).positive({ error: 'scope' }).max(2_147_483_647, { error: 'scope' }))
        .optional(),
      agencyId: z.uuid({ error: 'scope' }).optional(),
    })
    .refine((i) => i.provinceId === undefined || i.agencyId === undefined, { error: 'scopeBoth', path: ['scope'] });
}

export type AnnualReportInput = z.infer<ReturnType<typeof annualReportInputSchema>>;

/**
 * The form's fields: `year` and `scope`, one select whose values are "national", "province:<id>" or
 * "agency:<uuid>" (a single control works without JavaScript; two dependent selects would not).
 */
export function parseAnnualReportForm(formData: FormData, currentYear: number) {
  const scope = String(formData.get('scope') ?? '');
  const parts = scope.split(':');
  const [kind, id] = parts.length === 2 ? parts : [parts.length === 1 ? parts[0] : 'invalid', undefined];
  const input = {
    year: formData.get('year') ?? undefined,
    provinceId: kind === 'province' ? (id ?? '') : undefined,
    agencyId: kind === 'agency' ? (id ?? '') : undefined,
  };
  // Only the select's own values: "national" exactly, "province:<id>", "agency:<uuid>". Anything else (none, a kind
  // the form does not offer, "national:5") is refused, not read as the country.
  if (!(scope === 'national' || kind === 'province' || kind === 'agency'))
    return annualReportInputSchema(currentYear)
      .superRefine((_, ctx) => ctx.addIssue({ code: 'custom', message: 'scope', path: ['scope'] }))
      .safeParse(input);
  return annualReportInputSchema(currentYear).safeParse(input);
}
