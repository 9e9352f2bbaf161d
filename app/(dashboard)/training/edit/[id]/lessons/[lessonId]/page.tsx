import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { ActionButtonForm } from '@/components/training/action-button-form';
import { LessonFileUploadForm } from '@/components/training/lesson-file-upload-form';
import { LessonForm } from '@/components/training/lesson-form';
import { loadPage } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatFileSize } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { getCourseForEditor } from '@/lib/training/get-course-for-editor';
import { addLessonFileAction, removeLessonFileAction, saveLessonAction } from '../../../../actions';
import { editorLabels } from '../../../labels';

export const generateMetadata = titled('training.editor', 'editLesson');

/** `/training/edit/<course>/lessons/<lesson>`: one lesson of the draft (or the newest version: saving makes a draft). */
export default withFallbackPages(async function EditLesson({ params }: { params: Promise<{ id: string; lessonId: string }> }) {
  const { id, lessonId } = await params;
  const { data } = await loadPage({
    returnTo: `/training/edit/${encodeURIComponent(id)}/lessons/${encodeURIComponent(lessonId)}`,
    permission: 'course:edit',
    load: async (actor) => {
      const course = await getCourseForEditor({ actor, courseId: id });
      const lesson = course.shown.lessons.find((l) => l.id === lessonId);
      if (!lesson) throw new AppError('NOT_FOUND');
      return { course, lesson, draft: course.shown.draft };
    },
  });
  const locale = await currentLocale();
  const [t, tl, labels] = await Promise.all([getTranslations('training'), getTranslations('lessons'), editorLabels(locale)]);
  return (
    <section className="space-y-4" aria-labelledby="edit-lesson">
      <p>
        <Link href={`/training/edit/${id}`} className="text-brand-800 underline">
          {t('backToCourse')}
        </Link>
      </p>
      <h1 id="edit-lesson" className="text-2xl font-bold">
        {t('editor.editLesson')}
      </h1>
      <LessonForm
        action={saveLessonAction}
        courseId={id}
        lessonId={lessonId}
        saved={{ title: data.lesson.title, markdown: data.lesson.markdown, minutes: String(data.lesson.minutes) }}
        labels={labels.lesson(t('editor.save'))}
      />
      <section aria-labelledby="lesson-files" className="space-y-3">
        <h2 id="lesson-files" className="text-xl font-bold">
          {t('editor.files')}
        </h2>
        {data.lesson.files.length ? (
          <ul className="space-y-2">
            {data.lesson.files.map((f) => (
              <li key={f.id} className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-slate-200 bg-white p-3">
                <span className="min-w-0">
                  <bdi dir="auto">{f.name}</bdi> · {formatFileSize(f.byteSize, locale)}
                </span>
                {data.draft ? (
                  <ActionButtonForm
                    id={`rm-file-${f.id}`}
                    action={removeLessonFileAction}
                    fields={{ courseId: id, lessonId, fileId: f.id }}
                    label={tl('remove')}
                    variant="danger"
                  />
                ) : null}
              </li>
            ))}
          </ul>
        ) : null}
        {data.draft ? (
          <LessonFileUploadForm
            action={addLessonFileAction}
            courseId={id}
            lessonId={lessonId}
            labels={{ file: tl('fileLabel'), hint: tl('fileHint'), submit: tl('uploadSubmit'), uploading: tl('uploading') }}
          />
        ) : (
          <p>{tl('draftOnly')}</p>
        )}
      </section>
    </section>
  );
});
