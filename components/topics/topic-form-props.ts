import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/authz';
import { localized, type Locale } from '@/lib/i18n/format';
import { reportFormOptions } from '@/lib/reports/form-options';
import type { TopicFormLabels } from './topic-form';

const keys = [
  'title',
  'titleEn',
  'titleEnHint',
  'description',
  'descriptionEn',
  'province',
  'provinceHint',
  'national',
  'startsOn',
  'endsOn',
  'dateHint',
  'active',
  'save',
] as const;

/**
 * The topic form's words, translated here so the client form receives text, and its province part: the
 * national office chooses among every province (or national); a province's staff see their own, fixed
 * (lib/topics/save-topic.ts announces for it whatever is posted).
 */
export async function topicFormProps(
  actor: Actor,
  locale: Locale,
): Promise<{ labels: TopicFormLabels; provinces?: { id: number; name: string }[]; fixedProvince?: string }> {
  const [t, options] = await Promise.all([getTranslations('topics.form'), reportFormOptions()]);
  const labels = Object.fromEntries(keys.map((k) => [k, t(k)])) as TopicFormLabels;
  if (actor.roles.includes('NATIONAL_OFFICE')) return { labels, provinces: options.provinces.map((p) => ({ id: p.id, name: localized(p, locale) })) };
  const own = options.provinces.find((p) => p.id === actor.provinceId);
  return { labels, fixedProvince: own ? t('provinceFixed', { province: localized(own, locale) }) : undefined };
}
