import { getTranslations } from 'next-intl/server';
import { MobileCodeSteps } from '@/components/auth/mobile-code-steps';
import { titled } from '@/lib/i18n/page-title';
import { joinAction } from './actions';

export const generateMetadata = titled('join');

export default async function JoinPage() {
  const t = await getTranslations('join');
  return (
    <section className="mx-auto max-w-xl">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-3 leading-7 text-muted">{t('intro')}</p>
      <ol className="mt-4 list-decimal space-y-1 ps-6 text-sm text-muted">
        {(['s1', 's2', 's3', 's4'] as const).map((k) => (
          <li key={k}>{t(`process.${k}`)}</li>
        ))}
      </ol>
      <MobileCodeSteps action={joinAction} namespace="join" />
    </section>
  );
}
