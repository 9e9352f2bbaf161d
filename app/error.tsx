'use client';

import { useTranslations } from 'next-intl';
import { MessagePage } from '@/components/ui/message-page';
import { buttonClass } from '@/components/ui/button-link';

// Never shows the error itself: the message is for people, the details stay in the server log.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations('error');
  return (
    <MessagePage
      title={t('title')}
      body={t('body')}
      action={
        <button type="button" className={buttonClass()} onClick={reset}>
          {t('retry')}
        </button>
      }
    />
  );
}
