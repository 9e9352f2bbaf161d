import { getLocale, getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { Suspense } from 'react';
import { ButtonLink } from '@/components/ui/button-link';
import { Loading } from '@/components/ui/loading';
import { listActiveTopics } from '@/lib/topics/list-active-topics';
import { localized } from '@/lib/i18n/format';

const entryPoints = [
  { key: 'report', href: '/report', variant: 'primary' },
  { key: 'track', href: '/track', variant: 'secondary' },
  { key: 'join', href: '/join', variant: 'secondary' },
  { key: 'login', href: '/login', variant: 'secondary' },
] as const;

const steps = ['submit', 'core', 'province', 'national', 'agency', 'publish'] as const;

export default async function HomePage() {
  const [t, common, outcomes] = await Promise.all([getTranslations('home'), getTranslations('common'), getTranslations('outcomesPage')]);

  return (
    <div className="space-y-10">
      <section className="rounded-2xl bg-brand-800 px-5 py-8 text-white sm:px-8">
        <h1 className="text-2xl font-extrabold leading-relaxed sm:text-3xl">{t('title')}</h1>
        <p className="mt-4 max-w-3xl leading-8 text-brand-50">{t('lead')}</p>
      </section>

      <section aria-labelledby="actions-title">
        <h2 id="actions-title" className="text-xl font-bold">
          {t('actionsTitle')}
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {entryPoints.map(({ key, href, variant }) => (
            <li key={key} className="flex flex-col rounded-xl border border-slate-200 bg-white p-5">
              <h3 className="font-bold">{t(`${key}Title`)}</h3>
              <p className="mt-2 flex-1 text-sm leading-7 text-muted">{t(`${key}Body`)}</p>
              <ButtonLink href={href} variant={variant} className="mt-4 self-start">
                {t(`${key}Title`)}
              </ButtonLink>
            </li>
          ))}
          <li className="flex flex-col rounded-xl border border-slate-200 bg-white p-5">
            <h3 className="font-bold">{outcomes('title')}</h3>
            <p className="mt-2 flex-1 text-sm leading-7 text-muted">{outcomes('homeBody')}</p>
            <ButtonLink href="/outcomes" variant="secondary" className="mt-4 self-start">
              {outcomes('title')}
            </ButtonLink>
          </li>
        </ul>
      </section>

      <section aria-labelledby="topics-title">
        <h2 id="topics-title" className="text-xl font-bold">
          {t('topicsTitle')}
        </h2>
        <Suspense fallback={<Loading label={common('loading')} />}>
          <TopicList />
        </Suspense>
      </section>

      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="text-xl font-bold">
          {t('stepsTitle')}
        </h2>
        <ol className="mt-4 list-inside list-decimal space-y-2 rounded-xl bg-white p-5 leading-7">
          {steps.map((step) => (
            <li key={step}>{t(`steps.${step}`)}</li>
          ))}
        </ol>
      </section>
    </div>
  );
}

async function TopicList() {
  const [t, locale, topics] = await Promise.all([getTranslations('home'), getLocale(), listActiveTopics()]);
  if (topics.length === 0) return <p className="mt-4 text-muted">{t('topicsEmpty')}</p>;
  const lang = locale === 'en' ? 'en' : 'fa';
  // National topics first; each province's under its name, so a visitor sees which province it concerns.
  const groups = new Map<number | null, ActiveTopic[]>();
  for (const topic of topics) groups.set(topic.provinceId, [...(groups.get(topic.provinceId) ?? []), topic]);
  const national = groups.get(null) ?? [];
  return (
    <>
      {national.length ? <TopicCards topics={national} locale={lang} heading="h3" /> : null}
      {[...groups.entries()].map(([provinceId, list]) =>
        provinceId === null || !list[0]?.province ? null : (
          <section key={provinceId} aria-labelledby={`topics-province-${provinceId}`} className="mt-6">
            <h3 id={`topics-province-${provinceId}`} className="text-lg font-bold">
              {t('topicsOfProvince', { province: localized(list[0].province, lang) })}
            </h3>
            <TopicCards topics={list} locale={lang} heading="h4" />
          </section>
        ),
      )}
    </>
  );
}

type ActiveTopic = Awaited<ReturnType<typeof listActiveTopics>>[number];

function TopicCards({ topics, locale, heading: Heading }: { topics: ActiveTopic[]; locale: 'fa' | 'en'; heading: 'h3' | 'h4' }) {
  return (
    <ul className="mt-4 grid gap-3 sm:grid-cols-2">
      {topics.map((topic) => {
        const description = locale === 'fa' ? topic.description : topic.descriptionEn;
        return (
          <li key={topic.id}>
            {/* The whole card is the link: report in this priority area, with the topic already chosen. */}
            <Link href={`/report?topic=${topic.id}`} className="block min-h-11 rounded-xl border-s-4 border-brand-600 bg-white p-4 hover:bg-brand-50">
              <Heading className="font-semibold text-brand-800 underline" dir="auto">
                {localized(topic, locale)}
              </Heading>
              {description ? (
                <p className="mt-1 text-sm leading-7 text-muted" dir="auto">
                  {description}
                </p>
              ) : null}
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
