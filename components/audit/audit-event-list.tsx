import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import type { AuditListItem, AuditMetaEntry } from '@/lib/audit/list-audit-events';
import { formatDateTime, formatNumber, localDigits, type Locale } from '@/lib/i18n/format';

type Props = {
  items: readonly AuditListItem[];
  locale: Locale;
  /** The list filtered to one person or one object: links from a card. */
  filterHref: (changes: Record<string, string | undefined>) => string;
  next: string | null;
  first: string | null;
};

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

/** The audit log's events as cards (one column on a phone): what, when, who, on what, and the data as key: value text. */
export async function AuditEventList({ items, locale, filterHref, next, first }: Props) {
  const [t, roles] = await Promise.all([getTranslations('auditLog'), getTranslations('roles')]);
  const label = (action: string) => (t.has(`actions.${action}`) ? t(`actions.${action}`) : action);
  const value = (v: AuditMetaEntry['value']) =>
    v === null
      ? '—'
      : typeof v === 'boolean'
        ? t(v ? 'yes' : 'no')
        : typeof v === 'number'
          ? formatNumber(v, locale)
          : // A stored instant (a topic's window) reads as a Jalali date and time in Tehran, like the event's own.
            ISO_INSTANT.test(v)
            ? formatDateTime(new Date(v), locale)
            : v;
  if (items.length === 0) return <EmptyState title={t('empty')} body={t('emptyHint')} />;
  return (
    <div className="space-y-4">
      <ul className="list-none space-y-3" data-testid="audit-events">
        {items.map((e) => (
          <li key={e.id} className="rounded-xl border border-slate-200 bg-white p-4" data-testid="audit-event" data-action={e.action}>
            <article aria-labelledby={`event-${e.id}`}>
              <header className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1">
                <h3 id={`event-${e.id}`} className="font-semibold">
                  {label(e.action)}{' '}
                  <code dir="ltr" className="text-xs font-normal text-muted">
                    {e.action}
                  </code>
                </h3>
                <time dateTime={e.at.toISOString()} className="text-sm text-muted">
                  {formatDateTime(e.at, locale)}
                </time>
              </header>
              <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                <dt className="text-muted">{t('by')}</dt>
                <dd>
                  {e.actor ? (
                    <>
                      <Link href={filterHref({ actor: e.actor.id, system: undefined })} className="text-brand-800 underline">
                        <bdi dir="auto">{e.actor.name || t('unknownActor')}</bdi>
                      </Link>
                      {e.actor.roles.length ? <span className="text-muted"> · {e.actor.roles.map((r) => roles(r)).join('، ')}</span> : null}
                    </>
                  ) : (
                    t(e.byReporter ? 'byReporter' : 'bySystem')
                  )}
                </dd>
                <dt className="text-muted">{t('object')}</dt>
                <dd>
                  {t.has(`objectTypes.${e.objectType}`) ? t(`objectTypes.${e.objectType}`) : e.objectType}
                  {e.objectId ? (
                    <>
                      {' '}
                      <Link
                        href={filterHref({ objectType: e.objectType, objectId: e.objectId })}
                        dir="ltr"
                        className="break-all font-mono text-xs text-brand-800 underline"
                      >
                        {e.objectId}
                      </Link>
                    </>
                  ) : null}
                </dd>
                {e.meta.length ? (
                  <>
                    <dt className="text-muted">{t('details')}</dt>
                    <dd>
                      <ul dir="ltr" className="flex list-none flex-wrap gap-1.5">
                        {e.meta.map((m) => (
                          <li key={m.key} className="rounded bg-slate-100 px-2 py-0.5 text-xs break-all">
                            <span className="font-mono text-muted">{m.key}</span>: <bdi>{value(m.value)}</bdi>
                          </li>
                        ))}
                      </ul>
                    </dd>
                  </>
                ) : null}
              </dl>
              <p className="mt-2 text-xs text-muted">{t('eventNumber', { id: localDigits(e.id, locale) })}</p>
            </article>
          </li>
        ))}
      </ul>
      <nav aria-label={t('results')} className="flex flex-wrap gap-3">
        {first ? (
          <Link href={first} className="text-brand-800 underline">
            {t('first')}
          </Link>
        ) : null}
        {next ? (
          <Link href={next} rel="next" className="font-medium text-brand-800 underline">
            {t('next')}
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
