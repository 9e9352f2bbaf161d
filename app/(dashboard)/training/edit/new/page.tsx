import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { withFallbackPages } from '@/app/fallback-pages';
import { CourseForm } from '@/components/training/course-form';
import { requirePermission } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { COURSE_AUDIENCES } from '@/lib/training/course-input';
import { mayWriteAudience } from '@/lib/training/training-access';
import { createCourseAction } from '../../actions';
import { editorLabels } from '../labels';

export const generateMetadata = titled('training.editor', 'newTitle');

/** `/training/edit/new`: a new course (its first version, a draft). */
export default withFallbackPages(async function NewCourse() {
  const actor = await requirePermission('course:edit', '/training/edit/new');
  const locale = await currentLocale();
  const [t, labels] = await Promise.all([getTranslations('training'), editorLabels(locale)]);
  return (
    <section className="space-y-4" aria-labelledby="new-course">
      <p>
        <Link href="/training" className="text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <h1 id="new-course" className="text-2xl font-bold">
        {t('editor.newTitle')}
      </h1>
      <CourseForm
        action={createCourseAction}
        saved={{ title: '', description: '', passMark: '70', attemptLimit: '3', attemptWaitMinutes: '60', validMonths: '24' }}
        audiences={COURSE_AUDIENCES.filter((a) => mayWriteAudience(actor, a)).map((a) => ({ value: a, label: t(`audience.${a}`) }))}
        labels={labels.course(t('editor.create'))}
      />
    </section>
  );
});
