import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button-link';
import { MessagePage } from '@/components/ui/message-page';

export default async function Forbidden() {
  const t = await getTranslations('forbidden');
  return <MessagePage title={t('title')} body={t('body')} action={<ButtonLink href="/dashboard">{t('back')}</ButtonLink>} />;
}
