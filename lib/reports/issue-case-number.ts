import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { toJalali } from '@/lib/i18n/format';
import { caseNumberPrefix, formatCaseNumber } from './case-number';

/**
 * The next case number of a province for the Jalali year of `at`, inside the caller's transaction (the
 * counter row is locked by the upsert, so numbers never repeat). For reports written outside the
 * submission path (the demo seed); a submission takes its number in its own statement (submit-report.ts).
 */
export async function issueCaseNumber(tx: Prisma.TransactionClient, provinceId: number, at: Date): Promise<string> {
  const year = toJalali(at).jy;
  const [{ last }] = await tx.$queryRaw<[{ last: number }]>`
    INSERT INTO "CaseSequence" ("provinceId", "year", "last") VALUES (${provinceId}, ${year}, 1)
    ON CONFLICT ("provinceId", "year") DO UPDATE SET "last" = "CaseSequence"."last" + 1
    RETURNING "last"`;
  const province = await tx.province.findUniqueOrThrow({ where: { id: provinceId }, select: { code: true } });
  return formatCaseNumber(caseNumberPrefix(province.code, at), last);
}
