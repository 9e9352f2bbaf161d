import { describe, expect, it } from 'vitest';
import { parseJalaliDate } from '@/lib/i18n/format';
import { parseTopicForm } from './topic-input';
import { dayWindow, topicPhase, topicRefusal, windowFields } from './topic-window';

const day = (typed: string) => parseJalaliDate(typed)!;
// Tehran is at +03:30 all year (no daylight saving since 2022): 00:01 Tehran is 20:31 UTC the day before.
const at = (iso: string) => new Date(iso);

describe('a priority topic runs over whole Tehran days', () => {
  // 1405/09/12 is 2026-12-03; its Tehran day runs from 2026-12-02T20:30Z to 2026-12-03T20:30Z.
  const window = dayWindow(day('1405/09/10'), day('1405/09/12'));
  const topic = { active: true, provinceId: null, ...window };

  it('is stored as [first midnight, the midnight after the last day) in Tehran', () => {
    expect(window.startsAt.toISOString()).toBe('2026-11-30T20:30:00.000Z');
    expect(window.endsAt.toISOString()).toBe('2026-12-03T20:30:00.000Z');
  });

  it('is open from 00:01 Tehran on its first day to 23:59 Tehran on its last, whatever the UTC date', () => {
    expect(topicPhase(topic, at('2026-11-30T20:29:00Z'))).toBe('upcoming'); // 23:59 the day before
    expect(topicPhase(topic, at('2026-11-30T20:31:00Z'))).toBe('open'); // 00:01 on the first day (UTC: still the 30th)
    expect(topicPhase(topic, at('2026-12-03T20:29:00Z'))).toBe('open'); // 23:59 on the last day
    expect(topicPhase(topic, at('2026-12-03T20:31:00Z'))).toBe('ended'); // 00:01 the day after
    expect(topicRefusal(topic, 4, at('2026-11-30T20:31:00Z'))).toBeNull();
    expect(topicRefusal(topic, 4, at('2026-12-03T20:29:00Z'))).toBeNull();
    expect(topicRefusal(topic, 4, at('2026-11-30T20:29:00Z'))).toBe('topic');
    expect(topicRefusal(topic, 4, at('2026-12-03T20:30:00Z'))).toBe('topic');
  });

  it('ends on Esfand 30 of a leap year at Nowruz midnight, and on Esfand 29 of a common year', () => {
    // 1403 is leap: Esfand 30 1403 is 2025-03-20; Farvardin 1 1404 starts at 2025-03-20T20:30Z.
    const leap = { active: true, provinceId: null, ...dayWindow(day('1403/12/25'), day('1403/12/30')) };
    expect(leap.endsAt.toISOString()).toBe('2025-03-20T20:30:00.000Z');
    expect(topicPhase(leap, at('2025-03-20T20:29:00Z'))).toBe('open');
    expect(topicPhase(leap, at('2025-03-20T20:31:00Z'))).toBe('ended');
    // 1404 is common: its last day is Esfand 29 (2026-03-20); Esfand 30 1404 does not exist.
    const common = { active: true, provinceId: null, ...dayWindow(day('1404/12/20'), day('1404/12/29')) };
    expect(common.endsAt.toISOString()).toBe('2026-03-20T20:30:00.000Z');
    expect(topicPhase(common, at('2026-03-20T20:29:00Z'))).toBe('open');
    expect(topicPhase(common, at('2026-03-20T20:30:00Z'))).toBe('ended');
    expect(parseJalaliDate('1404/12/30')).toBeNull();
  });

  it('a withdrawn topic is inactive until its window is over, and refused', () => {
    const off = { ...topic, active: false };
    expect(topicPhase(off, at('2026-12-01T10:00:00Z'))).toBe('inactive');
    expect(topicPhase(off, at('2026-12-05T10:00:00Z'))).toBe('ended');
  });

  it("refuses another province's topic, not a national one nor its own province's", () => {
    const now = at('2026-12-01T10:00:00Z');
    expect(topicRefusal({ ...topic, provinceId: 4 }, 6, now)).toBe('topicProvince');
    expect(topicRefusal({ ...topic, provinceId: 4 }, 4, now)).toBeNull();
    expect(topicRefusal(topic, 6, now)).toBeNull();
    expect(topicRefusal(undefined, 4, now)).toBe('topic');
  });

  it('shows the stored window as the days typed, Persian digits in fa', () => {
    expect(windowFields(window, 'fa')).toEqual({ startsOn: '۱۴۰۵/۰۹/۱۰', endsOn: '۱۴۰۵/۰۹/۱۲' });
    expect(windowFields(window, 'en')).toEqual({ startsOn: '1405/09/10', endsOn: '1405/09/12' });
    expect(windowFields({ startsAt: window.startsAt, endsAt: null }, 'en').endsOn).toBe('');
  });
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};
const valid = { title: 'قاچاق سوخت در مرز', titleEn: 'Fuel smuggling', description: 'گزارش قاچاق سوخت و فروش سهمیه در مرزها.', active: 'on' };

describe('the topic form', () => {
  it('reads Persian or Latin digits and keeps the checkbox as posted', () => {
    const persian = parseTopicForm(form({ ...valid, startsOn: '۱۴۰۵/۰۹/۱۰', endsOn: '۱۴۰۵/۰۹/۱۲' }));
    const latin = parseTopicForm(form({ ...valid, startsOn: '1405-9-10', endsOn: '1405.09.12', provinceId: '4' }));
    expect(persian.data).toMatchObject({ ...dayWindow(day('1405/09/10'), day('1405/09/12')), provinceId: null, active: true, descriptionEn: '' });
    expect(latin.data).toMatchObject({ startsAt: persian.data!.startsAt, endsAt: persian.data!.endsAt, provinceId: 4 });
    expect(parseTopicForm(form({ ...valid, active: '', startsOn: '1405/9/10', endsOn: '1405/9/10' })).data?.active).toBe(false);
  });

  it('names each wrong field: a date that does not exist, an end before the start, missing texts', () => {
    const fields = (f: Record<string, string>) => Object.keys(parseTopicForm(form(f)).error?.flatten().fieldErrors ?? {}).sort();
    expect(fields({ ...valid, startsOn: '1404/12/30', endsOn: '1405/13/01' })).toEqual(['endsOn', 'startsOn']);
    const backwards = parseTopicForm(form({ ...valid, startsOn: '1405/09/12', endsOn: '1405/09/11' }));
    expect(backwards.error?.flatten().fieldErrors).toEqual({ endsOn: ['endsBeforeStart'] });
    expect(fields({ startsOn: '', endsOn: '', provinceId: 'x' })).toEqual(['description', 'endsOn', 'provinceId', 'startsOn', 'title', 'titleEn']);
  });
});
