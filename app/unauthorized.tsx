import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { ButtonLink } from '@/components/ui/button-link';
import { MessagePage } from '@/components/ui/message-page';
import { safeReturnPath } from '@/lib/auth/return-path';

/**
 * A form posted (without JavaScript) after the session ended: said in place, with status 401, instead of
 * a redirect that made the browser send the form again to /login (an English 409 page). What was typed
 * did not reach any action that saved it, and the page says so.
 */
export default async function Unauthorized() {
  const [t, referer] = await Promise.all([getTranslations('sessionEnded'), headers().then((h) => h.get('referer'))]);
  const back = referer ? safeReturnPath(new URL(referer).pathname + new URL(referer).search) : '/dashboard';
  return <MessagePage title={t('title')} body={t('body')} action={<ButtonLink href={`/login?next=${encodeURIComponent(back)}`}>{t('login')}</ButtonLink>} />;
}
