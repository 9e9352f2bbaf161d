import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { TopicForm } from '@/components/topics/topic-form';
import { topicFormProps } from '@/components/topics/topic-form-props';
import { withFallbackPages } from '@/app/fallback-pages';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatNumber, localized } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { getTopicForManager } from '@/lib/topics/list-topics-for-manager';
import { windowFields } from '@/lib/topics/topic-window';
import { saveTopicAction } from '../actions';

export const generateMetadata = titled('topics', 'edit');

/** `/topics/<id>`: one topic for its manager (another province's is 404). Deactivating it keeps its reports. */
export default withFallbackPages(async function EditTopic({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  if (!/^\d{1,9}$/.test(id)) notFound();
  const { actor, data: topic } = await loadPage({
    returnTo: `/topics/${id}`,
    permission: 'topic:manage',
    load: (actor) => getTopicForManager({ actor, topicId: Number(id) }),
  });
  const [t, locale] = await Promise.all([getTranslations('topics'), currentLocale()]);
  const props = await topicFormProps(actor, locale);
  return (
    <section className="space-y-4" aria-labelledby="edit-topic-title">
      <p>
        <Link href="/topics" className="text-brand-800 underline">
          {t('back')}
        </Link>
      </p>
      <h1 id="edit-topic-title" className="text-2xl font-bold">
        <bdi>{localized(topic, locale)}</bdi>
      </h1>
      <p className="text-muted">{t('reports', { n: formatNumber(topic._count.reports, locale) })}</p>
      <TopicForm
        action={saveTopicAction}
        topicId={topic.id}
        saved={{
          title: topic.title,
          titleEn: topic.titleEn,
          description: topic.description,
          descriptionEn: topic.descriptionEn,
          provinceId: topic.provinceId,
          active: topic.active,
          ...windowFields(topic, locale),
        }}
        {...props}
      />
    </section>
  );
});
