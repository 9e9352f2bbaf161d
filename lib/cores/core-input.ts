// What a core manager types: a new core, and the list's filters. Parsed in the actions (app/(dashboard)/cores).
import { z } from 'zod';
import { normalizePersianText } from '@/lib/i18n/format';

export const coreInputSchema = z.object({
  name: z.string({ error: 'name' }).trim().min(3, 'name').max(80, 'name').transform(normalizePersianText),
  countyId: z.coerce.number({ error: 'county' }).int().positive('county'),
  area: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(120, 'areaLong').transform(normalizePersianText).optional()),
  capacity: z.coerce.number({ error: 'capacity' }).int('capacity').min(3, 'capacity').max(200, 'capacity'),
});

export const coreListSchema = z.object({
  q: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(60).transform(normalizePersianText).optional()).catch(undefined),
  countyId: z.preprocess((v) => (v === '' ? undefined : v), z.coerce.number().int().positive().optional()).catch(undefined),
});

export type CoreInput = z.output<typeof coreInputSchema>;

export type CoreListFilters = z.output<typeof coreListSchema>;
