import { z } from 'zod';
import type { Prisma } from '@/lib/generated/prisma/client';
import { parseJalaliDate } from '@/lib/i18n/format';
import { blankToUndefined, optionalText, requiredText } from '@/lib/text/schema';
import { dayWindow } from './topic-window';

/** A typed Jalali date, «۱۴۰۵/۰۹/۱۲» or «1405-9-12»: the calendar date (UTC midnight), or the message key. */
const jalaliDay = (message: string) =>
  z.preprocess(
    blankToUndefined,
    z.string({ error: message }).transform((v, ctx) => parseJalaliDate(v) ?? (ctx.addIssue({ code: 'custom', message }), z.NEVER)),
  );

/**
 * A priority topic as its manager types it. `provinceId` empty = national (only the national office may
 * choose; a province's staff always announce for their own province, lib/topics/save-topic.ts). The first
 * and last days are Jalali dates, both inclusive, and become the stored window (`startsAt`, `endsAt`
 * exclusive) in Tehran days. Errors are message keys of the `topics.errors` namespace.
 */
export const topicInput = z
  .object({
    title: requiredText({ min: 3, max: 200, tooShort: 'title' }),
    titleEn: requiredText({ min: 3, max: 200, tooShort: 'titleEn' }),
    description: requiredText({ min: 10, max: 1000, tooShort: 'description' }),
    descriptionEn: optionalText({ max: 1000, tooLong: 'descriptionEn' }),
    provinceId: z.preprocess(
      (v) => (typeof v === 'string' && /^\s*\d{1,2}\s*$/.test(v) ? Number(v) : blankToUndefined(v)),
      z.number({ error: 'province' }).int('province').min(1, 'province').max(99, 'province').optional(),
    ),
    startsOn: jalaliDay('startsOn'),
    endsOn: jalaliDay('endsOn'),
    active: z.boolean(),
  })
  .transform((input, ctx) => {
    if (input.endsOn.getTime() < input.startsOn.getTime()) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'endsBeforeStart' });
      return z.NEVER;
    }
    const { startsOn, endsOn, ...rest } = input;
    return { ...rest, descriptionEn: input.descriptionEn ?? '', provinceId: input.provinceId ?? null, ...dayWindow(startsOn, endsOn) };
  });
export type TopicInput = z.output<typeof topicInput>;

/** The form as posted: `active` is a checkbox, present or absent. */
export function parseTopicForm(formData: FormData) {
  return topicInput.safeParse({ ...Object.fromEntries(formData), active: formData.get('active') === 'on' });
}

/** The columns the form edits, as a Prisma select: the edit page's values, the audit's before and after. */
export const topicFieldsSelect = {
  title: true,
  titleEn: true,
  description: true,
  descriptionEn: true,
  active: true,
  provinceId: true,
  startsAt: true,
  endsAt: true,
} as const satisfies Prisma.TopicSelect;
