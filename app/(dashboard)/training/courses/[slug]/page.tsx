import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { ActionButtonForm } from '@/components/training/action-button-form';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDate, formatDateTime, formatDueDay, formatNumber } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { getCourseForLearner } from '@/lib/training/get-course-for-learner';
import { enrollAction, startQuizAction } from '../../actions';

export const generateMetadata = titled('training');

/** `/training/courses/<slug>`: a course as its learner sees it — lessons, progress, the quiz and the certificate (issue #18). */
export default withFallbackPages(async function CoursePage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const { data: c } = await loadPage({ returnTo: `/training/courses/${encodeURIComponent(slug)}`, load: (actor) => getCourseForLearner({ actor, slug }) });
  const [t, locale] = await Promise.all([getTranslations('training'), currentLocale()]);
  const n = (v: number) => formatNumber(v, locale);
  const allDone = c.lessons.every((l) => l.done);
  const now = new Date();
  const cert = c.certificate;
  return (
    <article className="space-y-6">
      <p>
        <Link href="/training" className="text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <header className="space-y-2">
        <h1 className="text-2xl font-bold" dir="auto">
          {c.version.title}
        </h1>
        <p className="text-sm text-slate-700">
          {t('forAudience', { audience: t(`audience.${c.course.audience}`) })} · {t('version', { version: n(c.version.version) })}
        </p>
        <div dir="auto" className="whitespace-pre-line leading-8">
          {c.version.description}
        </div>
      </header>

      {cert ? (
        <p className="rounded-lg bg-brand-50 px-3 py-2 text-brand-900">
          {cert.revoked
            ? t('course.certificateRevoked')
            : cert.expiresAt > now
              ? `${t('course.certified')} ${t('course.certificateUntil', { version: n(cert.version), date: formatDueDay(cert.expiresAt, locale) })}`
              : t('course.certificateExpired', { date: formatDueDay(cert.expiresAt, locale) })}
        </p>
      ) : null}

      {c.barredUntil ? (
        <p className="rounded-lg bg-red-50 px-3 py-2 text-red-900">{t('course.barred', { date: formatDueDay(c.barredUntil, locale) })}</p>
      ) : null}

      {c.mayEnroll ? (
        <ActionButtonForm id="enroll" action={enrollAction} fields={{ slug: c.course.slug }} label={cert ? t('course.renew') : t('course.enroll')} />
      ) : !c.enrollment && !cert ? (
        <p className="text-slate-700">{t('course.staffView')}</p>
      ) : null}

      <section aria-labelledby="lessons" className="space-y-3">
        <h2 id="lessons" className="text-xl font-bold">
          {t('course.lessons')}
        </h2>
        <ol className="space-y-2">
          {c.lessons.map((l, i) => (
            <li key={l.id} className="flex items-center justify-between gap-3 rounded-xl border border-slate-200 bg-white p-3">
              {/* min-w-0: a long unbroken title wraps instead of pushing the row wider than a phone. */}
              <Link href={`/training/lessons/${l.id}`} className="min-w-0 text-brand-800 underline">
                {n(i + 1)}. <span dir="auto">{l.title}</span>
              </Link>
              <span className="shrink-0 text-sm text-slate-700">
                {t('course.minutes', { minutes: n(l.minutes) })}
                {c.enrollment ? <> · {l.done ? `✓ ${t('course.done')}` : t('course.todo')}</> : null}
              </span>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="quiz" className="space-y-3">
        <h2 id="quiz" className="text-xl font-bold">
          {t('course.quiz')}
        </h2>
        <p>
          {t('course.quizRules', {
            questions: c.questionCount,
            passMark: c.version.passMark,
            attempts: c.version.attemptLimit,
            wait: c.version.attemptWaitMinutes,
          })}
        </p>
        {c.attempts.length ? (
          <table className="w-full text-start text-sm">
            <caption className="sr-only">{t('course.attempts')}</caption>
            <thead>
              <tr className="border-b border-slate-300">
                <th scope="col" className="py-2 text-start">
                  {t('course.attempts')}
                </th>
                <th scope="col" className="py-2 text-start">
                  {t('quiz.submit')}
                </th>
                <th scope="col" className="py-2 text-start">
                  %
                </th>
              </tr>
            </thead>
            <tbody>
              {c.attempts.map((a) => (
                <tr key={a.number} className="border-b border-slate-200">
                  <th scope="row" className="py-2 text-start font-normal">
                    {t('course.attempt', { number: n(a.number) })}
                  </th>
                  <td className="py-2">{a.submittedAt ? formatDate(a.submittedAt, locale) : t('course.unsubmitted')}</td>
                  <td className="py-2">
                    {a.score === null ? '—' : `${t('course.score', { score: n(a.score) })} · ${a.passed ? t('course.passed') : t('course.failed')}`}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
        {c.enrollment && !c.barredUntil ? (
          !allDone ? (
            <p>{t('course.lessonsFirst')}</p>
          ) : c.openAttemptId ? (
            <p>
              <Link href={`/training/quiz/${c.openAttemptId}`} className="text-brand-800 underline">
                {t('course.continueQuiz')}
              </Link>
            </p>
          ) : c.allowance?.may ? (
            <>
              <p>{t('course.remaining', { remaining: c.allowance.remaining })}</p>
              <ActionButtonForm id="start-quiz" action={startQuizAction} fields={{ courseId: c.course.id }} label={t('course.startQuiz')} />
            </>
          ) : c.allowance?.reason === 'wait' ? (
            <p>{t('course.waitUntil', { time: formatDateTime(c.allowance.retryAt, locale) })}</p>
          ) : c.allowance?.reason === 'exhausted' ? (
            <p>{t('course.exhausted')}</p>
          ) : null
        ) : null}
      </section>
    </article>
  );
});
