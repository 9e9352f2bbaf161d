import 'server-only';
import { decryptField } from '@/lib/crypto/personal-data';
import type { NotificationChannel, Prisma } from '@/lib/generated/prisma/client';
import { isLocale } from '@/lib/i18n/format';
import { renderTemplate, type TemplateName, type TemplateParams } from './templates';

type Recipient = { userId: string } | { channel: NotificationChannel; address: string; locale?: 'fa' | 'en' };

/**
 * Queues a notification inside the caller's transaction (the outbox pattern): it exists exactly when
 * the change it announces commits. A user is reached on every channel they have; the same dedupeKey
 * twice (a retried job) queues nothing new. Returns how many messages were queued.
 */
export async function enqueueNotification<K extends TemplateName>(
  tx: Prisma.TransactionClient,
  to: Recipient,
  template: K,
  params: TemplateParams[K],
  dedupeKey: string,
): Promise<number> {
  if ('userId' in to) return enqueueNotifications(tx, { userIds: [to.userId], template, params, dedupeKey: () => dedupeKey });
  const locale = to.locale ?? 'fa';
  const { count } = await tx.notification.createMany({
    data: [
      {
        channel: to.channel,
        userId: null,
        address: to.address,
        template,
        body: renderTemplate(template, locale, params),
        dedupeKey: `${dedupeKey}:${to.channel}`,
      },
    ],
    skipDuplicates: true,
  });
  return count;
}

/**
 * The same message to many users at once, inside the caller's transaction: one read of the users and one insert,
 * whatever their number (a sweep told every member of the national office one query at a time, and under load its
 * transaction outlived Prisma's 5 s limit). Inactive or unknown users and users without a mobile or e-mail are
 * skipped. `params` may depend on the reader's language (a date written for them); `dedupeKey` is per user, and
 * the channel is appended as for one user. Returns how many messages were queued.
 */
export async function enqueueNotifications<K extends TemplateName>(
  tx: Prisma.TransactionClient,
  {
    userIds,
    template,
    params,
    dedupeKey,
  }: {
    userIds: readonly string[];
    template: K;
    params: TemplateParams[K] | ((locale: 'fa' | 'en') => TemplateParams[K]);
    dedupeKey: (userId: string) => string;
  },
): Promise<number> {
  if (userIds.length === 0) return 0;
  const users = await tx.user.findMany({
    where: { id: { in: [...new Set(userIds)] }, status: 'ACTIVE' },
    select: { id: true, mobileEnc: true, email: true, locale: true },
  });
  const paramsFor = (locale: 'fa' | 'en') => (typeof params === 'function' ? params(locale) : params);
  const data = users.flatMap((user) => {
    const locale = isLocale(user.locale) ? user.locale : 'fa';
    const body = renderTemplate(template, locale, paramsFor(locale));
    const targets: { channel: NotificationChannel; address: string }[] = [];
    if (user.mobileEnc) targets.push({ channel: 'SMS', address: decryptField('mobile', user.mobileEnc) });
    if (user.email) targets.push({ channel: 'EMAIL', address: user.email });
    return targets.map((t) => ({ ...t, userId: user.id, template, body, dedupeKey: `${dedupeKey(user.id)}:${t.channel}` }));
  });
  if (data.length === 0) return 0;
  const { count } = await tx.notification.createMany({ data, skipDuplicates: true });
  return count;
}
