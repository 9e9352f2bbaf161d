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
    const id = Number(formData.get('placeId'));
    if (kind !== 'province' && kind !== 'county') throw new AppError('NOT_FOUND');
    await renamePlace({ actor, place: { kind, id }, input });
    revalidatePath('/admin/places', 'layout');
  },
);
