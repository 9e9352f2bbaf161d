'use server';

import { headers } from 'next/headers';
import type { ActionState } from '@/lib/actions/action-state';
import { clientKey } from '@/lib/crypto/client-key';
import { currentLocale } from '@/lib/i18n/current-locale';
import { trackForm, type TrackView } from '@/lib/reports/track-form';

/** Public: the tracking code is the only key. Lookups and replies count against the client's tracking limit. */
export async function trackAction(_previous: ActionState<TrackView>, formData: FormData): Promise<ActionState<TrackView>> {
  return trackForm(formData, { rateKey: clientKey(await headers()), locale: await currentLocale() });
}
