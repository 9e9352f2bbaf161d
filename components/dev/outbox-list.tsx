import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import { formatDateTime, type Locale } from '@/lib/i18n/format';
import type { listOutbox } from '@/lib/notify/deliver';
import { maskAddress } from '@/lib/notify/mask';

type Props = { messages: Awaited<ReturnType<typeof listOutbox>>; locale: Locale };

export async function OutboxList({ messages, locale }: Props) {
  const t = await getTranslations('devOutbox');
  if (messages.length === 0)
    return (
      <div className="mt-6">
        <EmptyState title={t('empty')} body={t('intro')} />
      </div>
    );
  return (
    <ul className="mt-6 space-y-3" aria-label={t('title')}>
      {messages.map((m) => (
        <li key={m.id} className="rounded-xl border border-slate-200 bg-white p-4 text-sm" data-testid="outbox-message">
          <p className="text-xs text-muted">
            {t(`channels.${m.channel}`)} · <span dir="ltr">{m.address ? maskAddress(m.address) : '—'}</span> · {t(`statuses.${m.status}`)} ·{' '}
            {formatDateTime(m.createdAt, locale)}
          </p>
          <p dir="auto" className="mt-2 leading-7">
            {m.body}
          </p>
        </li>
      ))}
    </ul>
  );
}
