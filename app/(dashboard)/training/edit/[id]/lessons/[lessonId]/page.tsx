import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { LessonForm } from '@/components/training/lesson-form';
import { loadPage } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { getCourseForEditor } from '@/lib/training/get-course-for-editor';
import { saveLessonAction } from '../../../../actions';
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
      return { course, lesson };
    },
  });
  const locale = await currentLocale();
  const [t, labels] = await Promise.all([getTranslations('training'), editorLabels(locale)]);
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
    </section>
  );
});
