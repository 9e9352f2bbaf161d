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
  const targets: { channel: NotificationChannel; address: string; locale: 'fa' | 'en'; userId: string | null }[] = [];
  if ('userId' in to) {
    const user = await tx.user.findUnique({ where: { id: to.userId }, select: { mobileEnc: true, email: true, locale: true, status: true } });
    if (!user || user.status !== 'ACTIVE') return 0;
    const locale = isLocale(user.locale) ? user.locale : 'fa';
    if (user.mobileEnc) targets.push({ channel: 'SMS', address: decryptField('mobile', user.mobileEnc), locale, userId: to.userId });
    if (user.email) targets.push({ channel: 'EMAIL', address: user.email, locale, userId: to.userId });
  } else {
    targets.push({ channel: to.channel, address: to.address, locale: to.locale ?? 'fa', userId: null });
  }
  if (targets.length === 0) return 0;
  const { count } = await tx.notification.createMany({
    data: targets.map((t) => ({
      channel: t.channel,
      userId: t.userId,
      address: t.address,
      template,
      body: renderTemplate(template, t.locale, params),
      dedupeKey: `${dedupeKey}:${t.channel}`,
    })),
    skipDuplicates: true,
  });
  return count;
}
