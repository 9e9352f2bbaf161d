// What a core manager types: a new core, and the list's filters. Parsed in the actions (app/(dashboard)/cores).
import { z } from 'zod';
import { normalizeIdentifier } from '@/lib/text/normalize';
import { optionalText, requiredText } from '@/lib/text/schema';

/** A whole number typed in any digits (۳۰, 30, ٣٠). */
const typedNumber = (v: unknown) => (typeof v === 'string' ? normalizeIdentifier(v) : v);

export const coreInputSchema = z.object({
  name: requiredText({ min: 3, max: 80, tooShort: 'name' }),
  countyId: z.coerce.number({ error: 'county' }).int().positive('county'),
  area: optionalText({ max: 120, tooLong: 'areaLong' }),
  capacity: z.preprocess(typedNumber, z.coerce.number({ error: 'capacity' }).int('capacity').min(3, 'capacity').max(200, 'capacity')),
});

export const coreListSchema = z.object({
  q: optionalText({ max: 60, tooLong: 'q' }).catch(undefined),
  countyId: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().positive().optional()).catch(undefined),
});

export type CoreInput = z.output<typeof coreInputSchema>;

export type CoreListFilters = z.output<typeof coreListSchema>;
