import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button-link';
import { MessagePage } from '@/components/ui/message-page';

export default async function NotFound() {
  const t = await getTranslations('notFound');
  return <MessagePage title={t('title')} body={t('body')} action={<ButtonLink href="/">{t('home')}</ButtonLink>} />;
}
