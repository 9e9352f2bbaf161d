import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { AgencyFormLabels } from './agency-form';

/** The agency form's words, translated here so the client form receives text. */
export async function agencyFormLabels(): Promise<AgencyFormLabels> {
  const t = await getTranslations('adminAgencies.form');
  const keys = [
    'name',
    'nameEn',
    'slug',
    'slugHint',
    'level',
    'national',
    'acknowledgeDays',
    'answerDays',
    'daysHint',
    'active',
    'categories',
    'categoriesHint',
    'save',
  ] as const;
  return Object.fromEntries(keys.map((k) => [k, t(k)])) as AgencyFormLabels;
}
