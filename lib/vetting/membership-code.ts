import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { toJalali } from '@/lib/i18n/format';

/** The Jalali year in Tehran of a moment. */
export function jalaliYear(at: Date): number {
  return toJalali(at).jy;
}

export function formatMembershipCode(provinceCode: string, year: number, sequence: number): string {
  return `${provinceCode}-${year}-${String(sequence).padStart(5, '0')}`;
}

/**
 * Issues the next readable membership code, province code + Jalali year + sequence (e.g. 23-1405-00042),
 * inside the caller's transaction: the counter row is locked by the upsert, so codes never repeat.
 */
export async function issueMembershipCode(tx: Prisma.TransactionClient, provinceId: number, at = new Date()): Promise<string> {
  const year = jalaliYear(at);
  const [{ last }] = await tx.$queryRaw<[{ last: number }]>`
    INSERT INTO "MembershipSequence" ("provinceId", "year", "last") VALUES (${provinceId}, ${year}, 1)
    ON CONFLICT ("provinceId", "year") DO UPDATE SET "last" = "MembershipSequence"."last" + 1
    RETURNING "last"`;
  const province = await tx.province.findUniqueOrThrow({ where: { id: provinceId }, select: { code: true } });
  return formatMembershipCode(province.code, year, last);
}
