import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import fa from '@/messages/fa.json';
import { errorStatus } from '@/lib/errors';

type Tree = { [key: string]: string | Tree };
const keys = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));

/** Nouns counted in English messages: before one of them a bare `{count}` reads "1 lessons". */
const COUNTED =
  /\{(\w+)\} (?:more )?(lessons|minutes|questions|attempts|learners|events|members|days|reports|referrals|seconds|codes|categories|counties|hours|months)\b/;
/**
 * Messages whose count may be a word or a decimal, not a whole number, so an ICU plural cannot take it: the statistics'
 * medians ("1.5 days", or "withheld") and the annual report's totals (a count under 5 prints as "withheld").
 */
const COUNT_MAY_BE_TEXT = new Set(['stats.days', 'annualReportPdf.summary.intro']);
const valueAt = (tree: Tree, key: string) => key.split('.').reduce<Tree | string>((t, k) => (t as Tree)[k]!, tree) as string;

describe('message files', () => {
  it('count English nouns with an ICU plural, so one is never "1 lessons"', () => {
    const tree = en as Tree;
    const bare = keys(tree).filter((key) => !COUNT_MAY_BE_TEXT.has(key) && COUNTED.test(valueAt(tree, key)));
    expect(bare).toEqual([]);
  });

  it('say one and many in English, and write the counts in Persian digits in Persian', () => {
    const tEn = createTranslator({ locale: 'en', messages: en });
    const tFa = createTranslator({ locale: 'fa', messages: fa });
    expect(tEn('training.lessonsAndMinutes', { lessons: 1, minutes: 1 })).toBe('1 lesson, about 1 minute');
    expect(tEn('training.course.remaining', { remaining: 2 })).toBe('You have 2 more attempts.');
    expect(tEn('cores.size', { members: 1, capacity: 30 })).toBe('1 member of 30');
    expect(tFa('training.course.quizRules', { questions: 12, passMark: 70, attempts: 3, wait: 1200 })).toBe(
      '۱۲ پرسش؛ قبولی با ۷۰٪ پاسخ درست؛ ۳ بار فرصت، با ۱٬۲۰۰ دقیقه فاصله پس از هر بار ردشدن.',
    );
    expect(tFa('cores.size', { members: 1, capacity: 30 })).toBe('۱ عضو از ظرفیت ۳۰');
  });

  it('have the same keys in Persian and English', () => {
    expect(keys(en).sort()).toEqual(keys(fa).sort());
  });

  it('have a message for every error code', () => {
    for (const code of Object.keys(errorStatus)) expect(fa.errors).toHaveProperty(code);
  });

  it('have no empty Persian message', () => {
    const tree = fa as Tree;
    for (const key of keys(tree)) expect(key.split('.').reduce<Tree | string>((t, k) => (t as Tree)[k]!, tree)).not.toBe('');
  });
});
