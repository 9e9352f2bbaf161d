import 'server-only';
import { recordAuditEvent } from '@/lib/audit/record-event';
import { can, type Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import type { PlaceNamesInput } from './reference-input';

/** Which place: a province (its fixed id, 1–31) or a county (by id). */
export type PlaceRef = { kind: 'province'; id: number } | { kind: 'county'; id: number };

/**
 * Changes the spelling of a province's or county's names (Persian and English): the list itself is
 * fixed — no place is added or removed here — and every report, member and core on it keeps its id, so
 * old records show the new spelling. One transaction with its `province.renamed` / `county.renamed`
 * audit event (before and after); nothing is written when nothing changed. A county keeps the name the
 * seed's list knew it by (`listName`), so db:seed neither reverts the spelling nor adds the county again.
 * Errors: FORBIDDEN (not the administrator), NOT_FOUND, VALIDATION (a name another province has, or
 * another county of the same province has — English names ignoring case).
 */
export async function renamePlace({ actor, place, input }: { actor: Actor; place: PlaceRef; input: PlaceNamesInput }): Promise<void> {
  if (!can(actor, 'referenceData:manage')) throw new AppError('FORBIDDEN');
  if (!(Number.isSafeInteger(place.id) && place.id > 0)) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const names = { name: input.name, nameEn: input.nameEn };
  const clash = (others: { name: string; nameEn: string }[]) => {
    const fieldErrors: Record<string, string[]> = {};
    if (others.some((o) => o.name === input.name)) fieldErrors.name = ['placeNameTaken'];
    if (others.some((o) => o.nameEn.toLowerCase() === input.nameEn.toLowerCase())) fieldErrors.nameEn = ['placeNameEnTaken'];
    if (Object.keys(fieldErrors).length) throw new AppError('VALIDATION', 'name taken', { fieldErrors });
  };
  const sameNames = { OR: [{ name: input.name }, { nameEn: { equals: input.nameEn, mode: 'insensitive' as const } }] };
  try {
    await db.$transaction(async (tx) => {
      if (place.kind === 'province') {
        const before = await tx.province.findUnique({ where: { id: place.id }, select: { name: true, nameEn: true } });
        if (!before) throw new AppError('NOT_FOUND');
        if (before.name === names.name && before.nameEn === names.nameEn) return;
        clash(await tx.province.findMany({ where: { id: { not: place.id }, ...sameNames }, select: { name: true, nameEn: true } }));
        await tx.province.update({ where: { id: place.id }, data: names });
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: 'province.renamed',
          objectType: 'province',
          objectId: String(place.id),
          meta: { before, after: names },
        });
        return;
      }
      const county = await tx.county.findUnique({ where: { id: place.id }, select: { provinceId: true, name: true, nameEn: true, listName: true } });
      if (!county) throw new AppError('NOT_FOUND');
      const { provinceId, listName, ...before } = county;
      if (before.name === names.name && before.nameEn === names.nameEn) return;
      clash(await tx.county.findMany({ where: { provinceId, id: { not: place.id }, ...sameNames }, select: { name: true, nameEn: true } }));
      await tx.county.update({ where: { id: place.id }, data: { ...names, listName: listName ?? before.name } });
      await recordAuditEvent(tx, {
        actorId: actor.id,
        action: 'county.renamed',
        objectType: 'county',
        objectId: String(place.id),
        meta: { provinceId, before, after: names },
      });
    });
  } catch (error) {
    // Another administrator gave the same name at the same moment: the (province, name) index decides.
    if (isUniqueViolation(error)) throw new AppError('VALIDATION', 'name taken', { fieldErrors: { name: ['placeNameTaken'] } });
    throw error;
  }
}
