import { getTranslations } from 'next-intl/server';
import { MessagePage } from './message-page';

/** An honest placeholder for a public service whose issue has not landed yet. */
export async function ComingSoon({ titleKey }: { titleKey: 'join' }) {
  const [nav, t] = await Promise.all([getTranslations('nav'), getTranslations('soon')]);
  return <MessagePage title={nav(titleKey)} body={`${t('title')}: ${t('body')}`} />;
}
