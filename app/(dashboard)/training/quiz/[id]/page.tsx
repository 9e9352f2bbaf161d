import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { QuizForm } from '@/components/training/quiz-form';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatNumber } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { getQuizAttempt } from '@/lib/training/get-quiz-attempt';
import { submitQuizAction } from '../../actions';

export const generateMetadata = titled('training');

/** `/training/quiz/<attempt>`: the learner's own attempt — the questions in its order, or once sent its score (issue #18). */
export default withFallbackPages(async function QuizPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { data: attempt } = await loadPage({ returnTo: `/training/quiz/${encodeURIComponent(id)}`, load: (actor) => getQuizAttempt({ actor, attemptId: id }) });
  const [t, locale] = await Promise.all([getTranslations('training'), currentLocale()]);
  const n = (v: number) => formatNumber(v, locale);
  return (
    <article className="space-y-6">
      <p>
        <Link href={`/training/courses/${attempt.course.slug}`} className="text-brand-800 underline">
          {t('backToCourse')}
        </Link>
      </p>
      <header>
        <h1 className="text-2xl font-bold">
          {t('course.quiz')}: <span dir="auto">{attempt.course.title}</span>
        </h1>
        <p className="text-sm text-slate-700">{t('quiz.attemptNumber', { number: n(attempt.number) })}</p>
      </header>
      {attempt.submitted ? (
        <div className="space-y-3">
          <p
            role="status"
            className={`rounded-lg px-3 py-2 font-medium ${attempt.submitted.passed ? 'bg-brand-50 text-brand-800' : 'bg-amber-50 text-amber-950'}`}
          >
            {attempt.submitted.passed
              ? t('quiz.resultPassed', { score: n(attempt.submitted.score) })
              : t('quiz.resultFailed', { score: n(attempt.submitted.score), passMark: n(attempt.course.passMark) })}
          </p>
          <p className="text-sm text-slate-700">{t('quiz.noAnswersShown')}</p>
          <p>
            <Link href={attempt.submitted.passed ? '/training' : `/training/courses/${attempt.course.slug}`} className="text-brand-800 underline">
              {attempt.submitted.passed ? t('certificates') : t('backToCourse')}
            </Link>
          </p>
        </div>
      ) : (
        <>
          <p>{t('quiz.intro')}</p>
          <QuizForm
            action={submitQuizAction}
            attemptId={attempt.id}
            questions={attempt.questions}
            labels={{
              question: attempt.questions.map((_, i) => t('quiz.question', { number: n(i + 1) })),
              several: t('quiz.several'),
              submit: t('quiz.submit'),
            }}
          />
        </>
      )}
    </article>
  );
});
