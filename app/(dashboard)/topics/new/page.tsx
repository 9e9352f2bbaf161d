import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { TopicForm } from '@/components/topics/topic-form';
import { topicFormProps } from '@/components/topics/topic-form-props';
import { withFallbackPages } from '@/app/fallback-pages';
import { requirePermission } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { windowFields } from '@/lib/topics/topic-window';
import { saveTopicAction } from '../actions';

export const generateMetadata = titled('topics', 'new');

const FIRST_WINDOW_DAYS = 30;

/** `/topics/new`: announce a priority topic; its days start as today and the thirty after. */
export default withFallbackPages(async function NewTopic() {
  const actor = await requirePermission('topic:manage', '/topics/new');
  const [t, locale] = await Promise.all([getTranslations('topics'), currentLocale()]);
  const props = await topicFormProps(actor, locale);
  const now = new Date();
  const days = windowFields({ startsAt: now, endsAt: new Date(now.getTime() + FIRST_WINDOW_DAYS * 86_400_000) }, locale);
  return (
    <section className="space-y-4" aria-labelledby="new-topic-title">
      <p>
        <Link href="/topics" className="text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <h1 id="new-topic-title" className="text-2xl font-bold">
        {t('new')}
      </h1>
      <TopicForm
        action={saveTopicAction}
        saved={{ title: '', titleEn: '', description: '', descriptionEn: '', provinceId: null, active: true, ...days }}
        {...props}
      />
    </section>
  );
});
