import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button-link';

/**
 * Why the member report form is closed to this member, and the way through: the course that opens it
 * (lib/training/training-gate.ts). `id="trainingGate"` is where the form's refusal links to.
 */
export async function TrainingGateNotice({ courseSlug, courseTitle }: { courseSlug: string; courseTitle: string | null }) {
  const t = await getTranslations('trainingGate');
  return (
    <section id="trainingGate" aria-labelledby="training-gate-title" className="mt-6 rounded-xl border border-amber-300 bg-amber-50 p-4 text-amber-950 sm:p-6">
      <h2 id="training-gate-title" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p className="mt-3 leading-8">{t('body')}</p>
      {courseTitle ? (
        <p className="mt-2 font-medium">
          {t('course')} <bdi dir="auto">{courseTitle}</bdi>
        </p>
      ) : null}
      <ButtonLink href={`/training/courses/${encodeURIComponent(courseSlug)}`} className="mt-4">
        {t('goToCourse')}
      </ButtonLink>
      <p className="mt-4 text-sm">{t('publicStillOpen')}</p>
    </section>
  );
}
