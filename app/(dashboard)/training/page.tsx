import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { DashboardHome } from '@/components/dashboard/dashboard-home';
import { CertificateList } from '@/components/training/certificate-list';
import { TrainingCompletion } from '@/components/training/training-completion';
import { ButtonLink } from '@/components/ui/button-link';
import { loadPage } from '@/lib/auth/guard';
import { can } from '@/lib/authz';
import { AppError } from '@/lib/errors';
import { mayOpenTraining } from '@/lib/training/training-access';
import { describeScope } from '@/lib/dashboard/describe-scope';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatNumber } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { listOwnCertificates } from '@/lib/training/certificates/list-own-certificates';
import { getTrainingDashboard } from '@/lib/training/get-training-dashboard';
import { listCourses, type CourseSummary } from '@/lib/training/list-courses';

export const generateMetadata = titled('training');

/**
 * `/training` (issue #18): a learner's courses with their progress and certificates; an editor's courses; links to the
 * virtual groups. Open to whoever learns, oversees or writes courses; the rest get the 403 page.
 */
export default withFallbackPages(async function TrainingHome() {
  const { actor } = await loadPage({ returnTo: '/training', load: async (a) => (mayOpenTraining(a) ? a : Promise.reject(new AppError('FORBIDDEN'))) });
  const locale = await currentLocale();
  const [t, { learning, others, editable }, certificates, completion, scope] = await Promise.all([
    getTranslations('training'),
    listCourses({ actor }),
    listOwnCertificates({ actor }),
    // A trainer's own groups (province staff and the national office read theirs on their dashboards too).
    can(actor, 'training:oversee') ? getTrainingDashboard({ actor }) : null,
    // For a trainer this page is their dashboard: it carries the same header (roles, scope) as every other one.
    actor.roles.includes('TRAINER') ? describeScope({ actor, locale }) : null,
  ]);
  const n = (value: number) => formatNumber(value, locale);
  const courseItem = (c: CourseSummary) => (
    <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-4">
      <h3 className="font-bold">
        <Link href={`/training/courses/${c.slug}`} className="text-brand-800 underline" dir="auto">
          {c.title}
        </Link>
      </h3>
      <p className="mt-1 text-sm text-slate-700">
        {t('forAudience', { audience: t(`audience.${c.audience}`) })} · {t('lessonsAndMinutes', { lessons: c.lessons, minutes: c.minutes })}
      </p>
      <p className="mt-1 text-sm">{c.progress ? t('progress', { done: c.progress.done, total: c.progress.total }) : t('notStarted')}</p>
    </li>
  );
  const body = (
    <div className="space-y-8">
      <header className="space-y-2">
        {scope ? null : <h1 className="text-2xl font-bold">{t('title')}</h1>}
        <p className="text-slate-700">{t('intro')}</p>
        <p className="flex flex-wrap gap-2">
          {can(actor, 'training:learn') || can(actor, 'training:oversee') ? (
            <ButtonLink href="/training/groups" variant="secondary">
              {t('groupsLink')}
            </ButtonLink>
          ) : null}
          {can(actor, 'certificate:revoke') ? (
            <ButtonLink href="/training/certificates" variant="secondary">
              {t('staffCertificates')}
            </ButtonLink>
          ) : null}
        </p>
      </header>

      <section aria-labelledby="my-courses" className="space-y-3">
        <h2 id="my-courses" className="text-xl font-bold">
          {t('myCourses')}
        </h2>
        {learning.length ? <ul className="space-y-3">{learning.map(courseItem)}</ul> : <p>{t('noCourses')}</p>}
      </section>

      {certificates.length ? (
        <section aria-labelledby="my-certificates" className="space-y-3">
          <h2 id="my-certificates" className="text-xl font-bold">
            {t('certificates')}
          </h2>
          <CertificateList certificates={certificates} locale={locale} />
        </section>
      ) : null}

      {others.length ? (
        <section aria-labelledby="other-courses" className="space-y-3">
          <h2 id="other-courses" className="text-xl font-bold">
            {t('otherCourses')}
          </h2>
          <ul className="space-y-3">{others.map(courseItem)}</ul>
        </section>
      ) : null}

      {completion ? <TrainingCompletion figures={completion} locale={locale} /> : null}

      {can(actor, 'course:edit') ? (
        <section aria-labelledby="editing" className="space-y-3">
          <h2 id="editing" className="text-xl font-bold">
            {t('editing')}
          </h2>
          <p>
            <ButtonLink href="/training/edit/new">{t('newCourse')}</ButtonLink>
          </p>
          {editable.length ? (
            <ul className="space-y-2">
              {editable.map((c) => (
                <li key={c.id} className="rounded-xl border border-slate-200 bg-white p-4">
                  <Link href={`/training/edit/${c.id}`} className="font-bold text-brand-800 underline" dir="auto">
                    {c.title}
                  </Link>
                  <p className="mt-1 text-sm text-slate-700">
                    <span dir="ltr">{c.slug}</span> · {t('forAudience', { audience: t(`audience.${c.audience}`) })} ·{' '}
                    {c.published ? t('publishedVersion', { version: n(c.published) }) : t('neverPublished')}
                    {c.draft ? ` · ${t('draftVersion', { version: n(c.draft) })}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('noEditable')}</p>
          )}
        </section>
      ) : null}
    </div>
  );
  return scope ? (
    <DashboardHome dashboard="training" actor={actor} scope={scope}>
      {body}
    </DashboardHome>
  ) : (
    body
  );
});
