import 'server-only';
import { z } from 'zod';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import { requireKeyAdmin } from './require-key-admin';

/**
 * An agency and its keys for the administrator's page, newest first: label, prefix, dates, limit and
 * whether revoked or expired. Never the secret's hash. NOT_FOUND for an agency that does not exist.
 */
export async function listApiKeys({ actor, agencyId, now = new Date() }: { actor: Actor; agencyId: string; now?: Date }) {
  requireKeyAdmin(actor);
  if (!z.uuid().safeParse(agencyId).success) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const agency = await db.agency.findUnique({
    where: { id: agencyId },
    select: {
      id: true,
      name: true,
      nameEn: true,
      active: true,
      apiKeys: {
        orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
        select: { id: true, label: true, prefix: true, ratePerMinute: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
      },
    },
  });
  if (!agency) throw new AppError('NOT_FOUND');
  return {
    agency: { id: agency.id, name: agency.name, nameEn: agency.nameEn, active: agency.active },
    keys: agency.apiKeys.map((k) => ({ ...k, expired: k.expiresAt.getTime() <= now.getTime() })),
  };
}

export type ApiKeyList = Awaited<ReturnType<typeof listApiKeys>>;
