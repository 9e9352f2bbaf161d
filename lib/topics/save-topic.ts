import 'server-only';
import type { TopicAuditState, TopicChangedField } from '@/lib/audit/events';
import { recordAuditEvent } from '@/lib/audit/record-event';
import type { Actor } from '@/lib/authz';
import { getDb } from '@/lib/db/client';
import { isUniqueViolation } from '@/lib/db/errors';
import { AppError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';
import { invalidateReferenceData } from '@/lib/reference/reference-data';
import { topicFieldsSelect, type TopicInput } from './topic-input';
import { topicScope } from './topic-scope';

const FIELDS = [
  'title',
  'titleEn',
  'description',
  'descriptionEn',
  'active',
  'provinceId',
  'startsAt',
  'endsAt',
] as const satisfies readonly TopicChangedField[];
const SLUG_TRIES = 3;

const savedSelect = { slug: true, ...topicFieldsSelect } as const;
type Saved = Prisma.TopicGetPayload<{ select: typeof savedSelect }>;

/**
 * Announces a priority topic (no `topicId`) or edits one, in one transaction with its audit event
 * (`topic.saved`: before and after, the texts named in `changed`, never copied). The national office
 * announces national or provincial topics (`input.provinceId`) and edits any; a province's staff
 * announce for their own province whatever the form says, and edit only their province's topics. The
 * slug is made once from the English title (`hoarding-2` when taken) and never changes. The reference
 * cache is dropped so the report form's check sees the change at once.
 * Errors: FORBIDDEN (no 'topic:manage'), NOT_FOUND (absent or out of scope), VALIDATION (an unknown province).
 */
export async function saveTopic({ actor, topicId, input }: { actor: Actor; topicId?: number; input: TopicInput }): Promise<{ id: number }> {
  const scope = topicScope(actor);
  const db = await getDb();
  const provinceId = scope.national ? input.provinceId : scope.province;
  if (provinceId !== null && !(await db.province.findUnique({ where: { id: provinceId }, select: { id: true } })))
    throw new AppError('VALIDATION', 'unknown province', { fieldErrors: { provinceId: ['province'] } });
  const data = {
    title: input.title,
    titleEn: input.titleEn,
    description: input.description,
    descriptionEn: input.descriptionEn,
    active: input.active,
    provinceId,
    startsAt: input.startsAt,
    endsAt: input.endsAt,
  };

  for (let attempt = 1; ; attempt++) {
    try {
      const saved = await db.$transaction(async (tx) => {
        let before: Saved | null = null;
        let id: number;
        let after: Saved;
        if (topicId !== undefined) {
          before = await tx.topic.findFirst({ where: { AND: [{ id: topicId }, scope.where] }, select: savedSelect });
          if (!before) throw new AppError('NOT_FOUND');
          id = topicId;
          after = await tx.topic.update({ where: { id }, data, select: savedSelect });
        } else {
          const slug = await freeSlug(tx, slugBase(input.titleEn), attempt);
          const last = await tx.topic.aggregate({ _max: { sortOrder: true } });
          const created = await tx.topic.create({
            data: { ...data, slug, sortOrder: (last._max.sortOrder ?? -1) + 1, createdById: actor.id },
            select: { id: true, ...savedSelect },
          });
          id = created.id;
          after = created;
        }
        await recordAuditEvent(tx, {
          actorId: actor.id,
          action: 'topic.saved',
          objectType: 'topic',
          objectId: String(id),
          meta: {
            created: before === null,
            before: before && auditState(before),
            after: auditState(after),
            changed: FIELDS.filter((f) => before === null || comparable(before[f]) !== comparable(after[f])),
          },
        });
        return { id };
      });
      invalidateReferenceData();
      return saved;
    } catch (error) {
      // Two topics with the same English title announced at once: the later one takes the next free slug.
      if (topicId === undefined && isUniqueViolation(error) && attempt < SLUG_TRIES) continue;
      throw error;
    }
  }
}

const comparable = (v: string | number | boolean | Date | null) => (v instanceof Date ? v.getTime() : v);

function auditState(t: Saved): TopicAuditState {
  return { slug: t.slug, active: t.active, provinceId: t.provinceId, startsAt: t.startsAt.toISOString(), endsAt: t.endsAt?.toISOString() ?? null };
}

/** `Hoarding of basic goods!` → `hoarding-of-basic-goods` (at most 50 characters; `topic` when nothing Latin is left). */
function slugBase(titleEn: string): string {
  const slug = titleEn
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 50)
    .replace(/^-+|-+$/g, '');
  return slug || 'topic';
}

/** The base itself, or `base-2`, `base-3`…: the first not taken (a retry after a race skips ahead). */
async function freeSlug(tx: Prisma.TransactionClient, base: string, attempt: number): Promise<string> {
  const taken = new Set((await tx.topic.findMany({ where: { slug: { startsWith: base } }, select: { slug: true } })).map((t) => t.slug));
  for (let n = attempt; ; n++) {
    const candidate = n === 1 ? base : `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
