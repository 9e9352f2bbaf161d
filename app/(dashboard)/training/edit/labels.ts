import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { CourseFormLabels } from '@/components/training/course-form';
import { formatNumber, type Locale } from '@/lib/i18n/format';
import { OPTION_SLOTS } from '@/lib/training/course-input';

/** The editor forms' words, translated on the server once for every editor page. */
export async function editorLabels(locale: Locale) {
  const t = await getTranslations('training.editor');
  const course = (submit: string): CourseFormLabels => ({
    slug: t('slug'),
    slugHint: t('slugHint'),
    audienceLabel: t('audienceLabel'),
    courseTitle: t('courseTitle'),
    description: t('description'),
    passMark: t('passMark'),
    attemptLimit: t('attemptLimit'),
    attemptWaitMinutes: t('attemptWaitMinutes'),
    validMonths: t('validMonths'),
    submit,
  });
  return {
    course,
    lesson: (submit: string) => ({ lessonTitle: t('lessonTitle'), markdown: t('markdown'), markdownHint: t('markdownHint'), minutes: t('minutes'), submit }),
    question: (submit: string) => ({
      questionText: t('questionText'),
      multiple: t('multiple'),
      optionsLegend: t('optionsLegend'),
      correct: t('correct'),
      option: Array.from({ length: OPTION_SLOTS }, (_, i) => t('option', { number: formatNumber(i + 1, locale) })),
      submit,
    }),
  };
}

/** A question's saved options padded to the form's rows. */
export function optionRows(options: { text: string; correct: boolean }[]) {
  return Array.from({ length: OPTION_SLOTS }, (_, i) => options[i] ?? { text: '', correct: false });
}
