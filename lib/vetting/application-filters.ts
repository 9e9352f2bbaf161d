// The vetters' list filters, parsed by the page.
import { z } from 'zod';
import { APPLICATION_STATUSES } from './transitions';

export const applicationFiltersSchema = z.object({
  status: z.enum(APPLICATION_STATUSES).optional().catch(undefined),
  q: z.preprocess((v) => (v === '' ? undefined : v), z.string().trim().max(60).optional()).catch(undefined),
});

export type ApplicationFilters = z.output<typeof applicationFiltersSchema>;
