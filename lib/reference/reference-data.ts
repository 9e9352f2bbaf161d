import 'server-only';
import { getDb } from '@/lib/db/client';
import { unendedTopicWhere, type TopicWindow } from '@/lib/topics/topic-window';

// Categories, provinces, counties and topics change a few times a year but are read on every
// submission: they are cached in memory for a minute (and dropped at once by the admin writes that change them).
const TTL_MS = 60_000;

export type ReferenceData = {
  /** The categories a new report may name: the active ones. */
  categoryIds: ReadonlySet<number>;
  /** Deactivated categories: refused on a new report with their own message (old reports keep them). */
  inactiveCategoryIds: ReadonlySet<number>;
  provinceIds: ReadonlySet<number>;
  /** Each province's two-digit code (case and membership numbers). */
  provinceCodes: ReadonlyMap<number, string>;
  countyProvince: ReadonlyMap<number, number>;
  /** Active topics not ended when loaded, with their window and province: `topicRefusal` decides at the moment of use. */
  topics: ReadonlyMap<number, TopicWindow>;
};

let cached: { at: number; data: Promise<ReferenceData> } | undefined;

export function referenceData(now = Date.now()): Promise<ReferenceData> {
  if (!cached || now - cached.at > TTL_MS) {
    const data = load(new Date(now));
    cached = { at: now, data };
    data.catch(() => (cached = undefined));
  }
  return cached.data;
}

export function invalidateReferenceData(): void {
  cached = undefined;
}

async function load(now: Date): Promise<ReferenceData> {
  const db = await getDb();
  const [categories, provinces, counties, topics] = await Promise.all([
    db.category.findMany({ select: { id: true, active: true } }),
    db.province.findMany({ select: { id: true, code: true } }),
    db.county.findMany({ select: { id: true, provinceId: true } }),
    db.topic.findMany({ where: unendedTopicWhere(now), select: { id: true, provinceId: true, startsAt: true, endsAt: true } }),
  ]);
  return {
    categoryIds: new Set(categories.filter((c) => c.active).map((c) => c.id)),
    inactiveCategoryIds: new Set(categories.filter((c) => !c.active).map((c) => c.id)),
    provinceIds: new Set(provinces.map((p) => p.id)),
    provinceCodes: new Map(provinces.map((p) => [p.id, p.code])),
    countyProvince: new Map(counties.map((c) => [c.id, c.provinceId])),
    topics: new Map(topics.map(({ id, ...window }) => [id, window])),
  };
}
