import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { QuestionForm } from '@/components/training/question-form';
import { loadPage } from '@/lib/auth/guard';
import { AppError } from '@/lib/errors';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { getCourseForEditor } from '@/lib/training/get-course-for-editor';
import { saveQuestionAction } from '../../../../actions';
import { editorLabels, optionRows } from '../../../labels';

export const generateMetadata = titled('training.editor', 'editQuestion');

/** `/training/edit/<course>/questions/<question>`: one quiz question of the draft, its options and right answers. */
export default withFallbackPages(async function EditQuestion({ params }: { params: Promise<{ id: string; questionId: string }> }) {
  const { id, questionId } = await params;
  const { data } = await loadPage({
    returnTo: `/training/edit/${encodeURIComponent(id)}/questions/${encodeURIComponent(questionId)}`,
    permission: 'course:edit',
    load: async (actor) => {
      const course = await getCourseForEditor({ actor, courseId: id });
      const question = course.shown.questions.find((q) => q.id === questionId);
      if (!question) throw new AppError('NOT_FOUND');
      return question;
    },
  });
  const locale = await currentLocale();
  const [t, labels] = await Promise.all([getTranslations('training'), editorLabels(locale)]);
  return (
    <section className="space-y-4" aria-labelledby="edit-question">
      <p>
        <Link href={`/training/edit/${id}`} className="text-brand-800 underline">
          {t('backToCourse')}
        </Link>
      </p>
      <h1 id="edit-question" className="text-2xl font-bold">
        {t('editor.editQuestion')}
      </h1>
      <QuestionForm
        action={saveQuestionAction}
        courseId={id}
        questionId={questionId}
        saved={{ text: data.text, multiple: data.multiple, options: optionRows(data.options) }}
        labels={labels.question(t('editor.save'))}
      />
    </section>
  );
});
