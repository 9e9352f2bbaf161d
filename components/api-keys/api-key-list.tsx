import { getTranslations } from 'next-intl/server';
import { EmptyState } from '@/components/ui/empty-state';
import type { ActionState } from '@/lib/actions/action-state';
import type { ApiKeyList as Keys } from '@/lib/agencies/api-keys/list-api-keys';
import { formatDateTime, localDigits, type Locale } from '@/lib/i18n/format';
import { RevokeApiKeyForm } from './revoke-api-key-form';

type Props = { data: Keys; locale: Locale; revoke: (state: ActionState, formData: FormData) => Promise<ActionState> };

/** The agency's keys, newest first: what identifies each (never its secret), its dates and its state; live keys can be revoked. */
export async function ApiKeyList({ data, locale, revoke }: Props) {
  const t = await getTranslations('apiKeys');
  const when = (d: Date | null) => (d ? formatDateTime(d, locale) : t('list.never'));
  if (data.keys.length === 0) return <EmptyState title={t('list.empty')} body="" />;
  return (
    <ul className="space-y-3" aria-label={t('list.title')}>
      {data.keys.map((k) => {
        const live = !k.revokedAt && !k.expired;
        return (
          <li key={k.id} className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
            <p className="flex flex-wrap items-center gap-2">
              <strong>
                <bdi>{k.label}</bdi>
              </strong>
              <code dir="ltr" className="rounded bg-slate-100 px-2 py-0.5">{`sjm_${k.prefix}.…`}</code>
              <span className={`rounded px-2 py-0.5 ${live ? 'bg-brand-50 text-brand-800' : 'bg-red-50 text-red-800'}`}>
                {k.revokedAt ? t('list.revoked', { date: formatDateTime(k.revokedAt, locale) }) : k.expired ? t('list.expired') : t('list.active')}
              </span>
            </p>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-4">
              <div>
                <dt className="text-muted">{t('list.created')}</dt>
                <dd>{formatDateTime(k.createdAt, locale)}</dd>
              </div>
              <div>
                <dt className="text-muted">{t('list.expires')}</dt>
                <dd>{formatDateTime(k.expiresAt, locale)}</dd>
              </div>
              <div>
                <dt className="text-muted">{t('list.lastUsed')}</dt>
                <dd>{when(k.lastUsedAt)}</dd>
              </div>
              <div>
                <dt className="text-muted">{t('list.rate')}</dt>
                <dd>{localDigits(k.ratePerMinute, locale)}</dd>
              </div>
            </dl>
            {live ? (
              <div className="mt-3">
                <RevokeApiKeyForm
                  action={revoke}
                  agencyId={data.agency.id}
                  apiKeyId={k.id}
                  labels={{ submit: t('revoke.submit'), confirm: t('revoke.confirm') }}
                />
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
