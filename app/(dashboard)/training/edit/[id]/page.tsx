import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { ActionButtonForm } from '@/components/training/action-button-form';
import { CourseForm } from '@/components/training/course-form';
import { LessonForm } from '@/components/training/lesson-form';
import { QuestionForm } from '@/components/training/question-form';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDate, formatNumber } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { getCourseForEditor } from '@/lib/training/get-course-for-editor';
import { moveItemAction, publishAction, removeItemAction, saveLessonAction, saveQuestionAction, saveRulesAction } from '../../actions';
import { editorLabels, optionRows } from '../labels';

export const generateMetadata = titled('training.editor', 'rules');

/**
 * `/training/edit/<course>`: the course's versions, and its draft (or newest version) to edit: rules, lessons and
 * questions, each change made on the draft (issue #18: a published version never changes), then "publish".
 */
export default withFallbackPages(async function EditCourse({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { published } = await searchParams;
  const { data } = await loadPage({
    returnTo: `/training/edit/${encodeURIComponent(id)}`,
    permission: 'course:edit',
    load: (actor) => getCourseForEditor({ actor, courseId: id }),
  });
  const locale = await currentLocale();
  const [t, labels] = await Promise.all([getTranslations('training'), editorLabels(locale)]);
  const n = (v: number) => formatNumber(v, locale);
  const { shown, course } = data;
  const itemControls = (item: 'lesson' | 'question', itemId: string, at: number, count: number) => (
    <div className="flex flex-wrap gap-2">
      {at > 0 ? (
        <ActionButtonForm
          id={`up-${itemId}`}
          action={moveItemAction}
          fields={{ courseId: course.id, item, itemId, direction: 'up' }}
          label={t('editor.moveUp')}
          variant="secondary"
        />
      ) : null}
      {at < count - 1 ? (
        <ActionButtonForm
          id={`down-${itemId}`}
          action={moveItemAction}
          fields={{ courseId: course.id, item, itemId, direction: 'down' }}
          label={t('editor.moveDown')}
          variant="secondary"
        />
      ) : null}
      <ActionButtonForm
        id={`rm-${itemId}`}
        action={removeItemAction}
        fields={{ courseId: course.id, item, itemId }}
        label={t('editor.remove')}
        variant="danger"
      />
    </div>
  );
  return (
    <div className="space-y-8">
      <p>
        <Link href="/training" className="text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold" dir="auto">
          {shown.title}
        </h1>
        <p className="text-sm text-slate-700">
          <span dir="ltr">{course.slug}</span> · {t('forAudience', { audience: t(`audience.${course.audience}`) })}
        </p>
        <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-950">
          {shown.draft ? t('editor.editingDraft', { version: n(shown.version) }) : t('editor.editingPublished', { version: n(shown.version) })}
        </p>
        {!shown.draft && published === String(shown.version) ? (
          <p role="status" className="rounded-lg bg-brand-50 px-3 py-2 font-medium text-brand-800">
            {t('editor.publishedDone')}
          </p>
        ) : null}
        {shown.draft ? <ActionButtonForm id="publish" action={publishAction} fields={{ courseId: course.id }} label={t('editor.publish')} /> : null}
      </header>

      <section aria-labelledby="versions" className="space-y-2">
        <h2 id="versions" className="text-xl font-bold">
          {t('editor.versions')}
        </h2>
        <ul className="list-disc space-y-1 ps-6">
          {data.versions.map((v) => (
            <li key={v.version}>
              {t('editor.versionRow', {
                version: v.version,
                state: v.published ? t('editor.published', { date: formatDate(v.published, locale) }) : t('editor.draft'),
                enrollments: v.enrollments,
              })}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="rules" className="space-y-3">
        <h2 id="rules" className="text-xl font-bold">
          {t('editor.rules')}
        </h2>
        <CourseForm
          action={saveRulesAction}
          courseId={course.id}
          saved={{
            title: shown.title,
            description: shown.description,
            passMark: String(shown.passMark),
            attemptLimit: String(shown.attemptLimit),
            attemptWaitMinutes: String(shown.attemptWaitMinutes),
            validMonths: String(shown.validMonths),
          }}
          labels={labels.course(t('editor.save'))}
          idPrefix="rules-"
        />
      </section>

      <section aria-labelledby="lessons" className="space-y-3">
        <h2 id="lessons" className="text-xl font-bold">
          {t('editor.lessons')}
        </h2>
        {shown.lessons.length ? (
          <ol className="space-y-3">
            {shown.lessons.map((l, i) => (
              <li key={l.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
                <p className="font-bold">
                  {n(i + 1)}. <span dir="auto">{l.title}</span>
                </p>
                <p className="flex flex-wrap gap-4 text-sm">
                  <Link href={`/training/edit/${course.id}/lessons/${l.id}`} className="text-brand-800 underline">
                    {t('editor.editLesson')}
                  </Link>
                  <Link href={`/training/lessons/${l.id}`} className="text-brand-800 underline">
                    {t('editor.preview')}
                  </Link>
                </p>
                {itemControls('lesson', l.id, i, shown.lessons.length)}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('editor.noLessons')}</p>
        )}
        <LessonForm
          action={saveLessonAction}
          courseId={course.id}
          saved={{ title: '', markdown: '', minutes: '10' }}
          labels={labels.lesson(t('editor.addLesson'))}
          idPrefix="new-lesson-"
          summary={t('editor.addLesson')}
        />
      </section>

      <section aria-labelledby="questions" className="space-y-3">
        <h2 id="questions" className="text-xl font-bold">
          {t('editor.questions')}
        </h2>
        {shown.questions.length ? (
          <ol className="space-y-3">
            {shown.questions.map((q, i) => (
              <li key={q.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
                <p className="font-bold">
                  {n(i + 1)}. <span dir="auto">{q.text}</span>
                </p>
                <ul className="list-disc ps-6 text-sm">
                  {q.options.map((o) => (
                    <li key={o.id}>
                      <span dir="auto">{o.text}</span>
                      {o.correct ? ` ✓ ${t('editor.correct')}` : ''}
                    </li>
                  ))}
                </ul>
                <p className="text-sm">
                  <Link href={`/training/edit/${course.id}/questions/${q.id}`} className="text-brand-800 underline">
                    {t('editor.editQuestion')}
                  </Link>
                </p>
                {itemControls('question', q.id, i, shown.questions.length)}
              </li>
            ))}
          </ol>
        ) : (
          <p>{t('editor.noQuestions')}</p>
        )}
        <QuestionForm
          action={saveQuestionAction}
          courseId={course.id}
          saved={{ text: '', multiple: false, options: optionRows([]) }}
          labels={labels.question(t('editor.addQuestion'))}
          idPrefix="new-question-"
          summary={t('editor.addQuestion')}
        />
      </section>
    </div>
  );
});
