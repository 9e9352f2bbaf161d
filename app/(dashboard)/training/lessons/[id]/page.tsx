import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { ActionButtonForm } from '@/components/training/action-button-form';
import { LessonBody } from '@/components/training/lesson-body';
import { LessonFiles } from '@/components/training/lesson-files';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { getLesson } from '@/lib/training/get-lesson';
import { completeLessonAction } from '../../actions';

export const generateMetadata = titled('training');

/** `/training/lessons/<id>`: one lesson — its Markdown (sanitized), files and video, and "I have read it" (issue #18). */
export default withFallbackPages(async function LessonPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: lesson } = await loadPage({ returnTo: `/training/lessons/${encodeURIComponent(id)}`, load: (actor) => getLesson({ actor, lessonId: id }) });
  const [t, locale] = await Promise.all([getTranslations('training'), currentLocale()]);
  return (
    <article className="space-y-6">
      <p>
        <Link href={`/training/courses/${lesson.course.slug}`} className="text-brand-800 underline">
          {t('backToCourse')}
        </Link>
      </p>
      {lesson.course.draft ? <p className="rounded-lg bg-amber-50 px-3 py-2 text-amber-950">{t('lesson.draftPreview')}</p> : null}
      <header>
        <p className="text-sm text-slate-700" dir="auto">
          {lesson.course.title}
        </p>
        <h1 className="text-2xl font-bold" dir="auto">
          {lesson.title}
        </h1>
        <p className="text-sm text-slate-700">{t('lesson.minutes', { minutes: lesson.minutes })}</p>
      </header>
      <div dir="auto">
        <LessonBody markdown={lesson.markdown} />
      </div>
      <LessonFiles files={lesson.files} locale={locale} />
      {lesson.enrolled ? (
        lesson.done ? (
          <p className="rounded-lg bg-brand-50 px-3 py-2 text-brand-800" role="status">
            ✓ {t('lesson.isDone')}
          </p>
        ) : (
          <ActionButtonForm id="lesson-done" action={completeLessonAction} fields={{ lessonId: lesson.id }} label={t('lesson.markDone')} />
        )
      ) : !lesson.course.draft ? (
        <p className="text-slate-700">{t('lesson.notEnrolled')}</p>
      ) : null}
      <nav aria-label={t('course.lessons')} className="flex justify-between gap-3">
        {lesson.previousId ? (
          <Link href={`/training/lessons/${lesson.previousId}`} className="text-brand-800 underline">
            {t('lesson.previous')}
          </Link>
        ) : (
          <span />
        )}
        {lesson.nextId ? (
          <Link href={`/training/lessons/${lesson.nextId}`} className="text-brand-800 underline">
            {t('lesson.next')}
          </Link>
        ) : null}
      </nav>
    </article>
  );
});
