import 'server-only';
import { z } from 'zod';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Locale } from '@/lib/i18n/format';
import { agencyNameMap } from './agency-name-map';
import { publicOutcomeSelect, toPublicOutcomeView, type PublicOutcomeView } from './public-view';

/** One published outcome by its public id (the outcome's own, never the report's); NOT_FOUND otherwise, also for a malformed id. */
export async function getPublicOutcome({ id, locale }: { id: string; locale: Locale }): Promise<PublicOutcomeView> {
  if (!z.uuid().safeParse(id).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const row = await db.publicOutcome.findUnique({ where: { id }, select: publicOutcomeSelect });
  if (!row) throw new AppError('NOT_FOUND');
  return toPublicOutcomeView(row, await agencyNameMap(row.agencyIds, locale), locale);
}
