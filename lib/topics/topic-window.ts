// When a priority topic is open (issue #15): one rule for the home page, the report form, the submission
// check and the manager's list. A topic runs over whole Tehran calendar days: from 00:00 of its first day
// (Asia/Tehran) to 00:00 of the day after its last, so «تا ۳۰ اسفند» still accepts a report at 23:59 Tehran
// time on Esfand 30, whatever the UTC date says.
import type { Prisma } from '@/lib/generated/prisma/client';
import { localDigits, tehranDayStart, toJalali, type Locale } from '@/lib/i18n/format';

const DAY_MS = 86_400_000;

/** The topics open at `now`, as a Prisma filter: active, started, and not yet ended (no end: open-ended, as the seed's). */
export function openTopicWhere(now: Date): Prisma.TopicWhereInput {
  return { active: true, startsAt: { lte: now }, OR: [{ endsAt: null }, { endsAt: { gt: now } }] };
}

/** Active topics whose window has not ended at `now` (open, or upcoming): what the reference cache keeps. */
export function unendedTopicWhere(now: Date): Prisma.TopicWhereInput {
  return { active: true, OR: [{ endsAt: null }, { endsAt: { gt: now } }] };
}

export type TopicWindow = { provinceId: number | null; startsAt: Date; endsAt: Date | null };

/**
 * Why a report placed in `provinceId` may not name this topic at `now`: `topic` (unknown, inactive, not
 * open yet or ended: absent from the cache or outside its window), `topicProvince` (another province's
 * topic), or null when it may. Message keys of `reportForm.errors`.
 */
export function topicRefusal(topic: TopicWindow | undefined, provinceId: number, now: Date): 'topic' | 'topicProvince' | null {
  if (!topic || topic.startsAt.getTime() > now.getTime() || (topic.endsAt && topic.endsAt.getTime() <= now.getTime())) return 'topic';
  // A report with no valid province has its own error; the topic is not blamed for it.
  return topic.provinceId !== null && provinceId > 0 && topic.provinceId !== provinceId ? 'topicProvince' : null;
}

/**
 * First and last day (calendar dates at UTC midnight, as `parseJalaliDate` gives them) → the instants
 * stored: `startsAt` inclusive, `endsAt` exclusive (the next Tehran midnight after the last day).
 */
export function dayWindow(firstDay: Date, lastDay: Date): { startsAt: Date; endsAt: Date } {
  return { startsAt: tehranDayStart(firstDay), endsAt: tehranDayStart(new Date(lastDay.getTime() + DAY_MS)) };
}

export type TopicPhase = 'open' | 'upcoming' | 'ended' | 'inactive';

/** Where a topic stands at `now`: ended (its window is over, active or not), inactive (withdrawn), upcoming, or open. */
export function topicPhase(topic: { active: boolean; startsAt: Date; endsAt: Date | null }, now: Date): TopicPhase {
  if (topic.endsAt && topic.endsAt.getTime() <= now.getTime()) return 'ended';
  if (!topic.active) return 'inactive';
  return topic.startsAt.getTime() > now.getTime() ? 'upcoming' : 'open';
}

/** The stored window as the form's two fields, «۱۴۰۵/۰۹/۱۲» (Latin digits in `en`); the last day is the one before `endsAt`. */
export function windowFields(topic: { startsAt: Date; endsAt: Date | null }, locale: Locale): { startsOn: string; endsOn: string } {
  const typed = (date: Date) => {
    const { jy, jm, jd } = toJalali(date);
    return localDigits(`${jy}/${String(jm).padStart(2, '0')}/${String(jd).padStart(2, '0')}`, locale);
  };
  return { startsOn: typed(topic.startsAt), endsOn: topic.endsAt ? typed(new Date(topic.endsAt.getTime() - 1)) : '' };
}
