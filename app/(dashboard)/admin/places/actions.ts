'use server';

import { revalidatePath } from 'next/cache';
import { authedAction } from '@/lib/actions/define-action';
import { placeNamesInput } from '@/lib/reference/reference-input';
import { renamePlace } from '@/lib/reference/rename-place';
import { AppError } from '@/lib/errors';

/** Corrects a province's or county's spelling (lib/reference/rename-place.ts: who may, audit, one transaction). */
export const renamePlaceAction = authedAction(
  'referenceData:manage',
  { namespace: 'adminReference', input: placeNamesInput, done: 'saved' },
  async ({ actor, input, formData }) => {
    const kind = formData.get('kind');
    const placeId = String(formData.get('placeId') ?? '');
    // Digits only: Number('1e1') is 10, and renamed province 10 (break-it, issue #15).
    if ((kind !== 'province' && kind !== 'county') || !/^\d{1,9}$/.test(placeId)) throw new AppError('NOT_FOUND');
    const id = Number(placeId);
    await renamePlace({ actor, place: { kind, id }, input });
    revalidatePath('/admin/places', 'layout');
  },
);
