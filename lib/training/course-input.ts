// What a course's author types (issue #18), parsed once for the forms and the use cases. Client-safe. Errors are
// message keys of the `training.errors` namespace.
import { z } from 'zod';
import { identifierText, requiredText, wholeNumber } from '@/lib/text/schema';
import { LESSON_MARKDOWN_MAX_CHARS } from './lesson-markdown';

/** Option rows a question's form offers (a question needs at least two filled). */
export const OPTION_SLOTS = 6;

/** The rules a version carries: pass mark (percent), attempts, the wait between them (minutes), validity (months). */
export const versionRulesInput = z.object({
  title: requiredText({ min: 3, max: 200, tooShort: 'title' }),
  description: requiredText({ min: 10, max: 4000, tooShort: 'description' }),
  passMark: wholeNumber({ min: 1, max: 100, message: 'passMark' }),
  attemptLimit: wholeNumber({ min: 1, max: 20, message: 'attemptLimit' }),
  attemptWaitMinutes: wholeNumber({ min: 0, max: 10_080, message: 'attemptWaitMinutes' }),
  validMonths: wholeNumber({ min: 1, max: 120, message: 'validMonths' }),
});
export type VersionRulesInput = z.output<typeof versionRulesInput>;

export const COURSE_AUDIENCES = ['MEMBER', 'CORE_HEAD', 'TRAINER'] as const;

/** A new course: its slug (the address and the training gate's setting), its audience and its first version's rules. */
export const createCourseInput = versionRulesInput.extend({
  slug: identifierText('slug').pipe(
    z
      .string()
      .transform((v) => v.toLowerCase())
      .pipe(
        z
          .string()
          .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'slug')
          .min(3, 'slug')
          .max(40, 'slug'),
      ),
  ),
  audience: z.enum(COURSE_AUDIENCES, { error: 'audience' }),
});
export type CreateCourseInput = z.output<typeof createCourseInput>;

/** A lesson: title, Markdown (no raw HTML is ever rendered) and the minutes it should take. */
export const lessonInput = z.object({
  title: requiredText({ min: 3, max: 200, tooShort: 'lessonTitle' }),
  markdown: requiredText({ min: 10, max: LESSON_MARKDOWN_MAX_CHARS, tooShort: 'markdown' }),
  minutes: wholeNumber({ min: 1, max: 600, message: 'minutes' }),
});
export type LessonInput = z.output<typeof lessonInput>;

export type QuestionInput = { text: string; multiple: boolean; options: { text: string; correct: boolean }[] };

const questionText = requiredText({ min: 3, max: 1000, tooShort: 'questionText' });
const optionText = requiredText({ min: 1, max: 500, tooShort: 'option' });

/**
 * A question as its form posts it: `text`, a `multiple` checkbox, and OPTION_SLOTS rows of `option<i>` text with a
 * `correct<i>` checkbox. Empty rows are dropped; at least two options; at least one right, exactly one when not
 * `multiple`; a ticked row without text is refused next to it.
 */
export function parseQuestionForm(formData: FormData): z.ZodSafeParseResult<QuestionInput> {
  const issues: z.core.$ZodIssue[] = [];
  const text = questionText.safeParse(formData.get('text') ?? '');
  if (!text.success) issues.push(...text.error.issues.map((i) => ({ ...i, path: ['text'] })));
  const multiple = formData.get('multiple') === 'on';
  const options: QuestionInput['options'] = [];
  for (let i = 1; i <= OPTION_SLOTS; i++) {
    const raw = String(formData.get(`option${i}`) ?? '');
    const correct = formData.get(`correct${i}`) === 'on';
    if (raw.trim() === '') {
      if (correct) issues.push({ code: 'custom', path: [`option${i}`], message: 'emptyCorrect', input: raw });
      continue;
    }
    const parsed = optionText.safeParse(raw);
    if (!parsed.success) issues.push({ code: 'custom', path: [`option${i}`], message: 'option', input: raw });
    else options.push({ text: parsed.data, correct });
  }
  if (options.length < 2) issues.push({ code: 'custom', path: ['options'], message: 'twoOptions', input: options });
  const right = options.filter((o) => o.correct).length;
  if (right === 0) issues.push({ code: 'custom', path: ['options'], message: 'noCorrect', input: options });
  else if (!multiple && right > 1) issues.push({ code: 'custom', path: ['options'], message: 'oneCorrect', input: options });
  if (issues.length) return { success: false, error: new z.ZodError(issues) } as z.ZodSafeParseResult<QuestionInput>;
  return { success: true, data: { text: text.data!, multiple, options } };
}
