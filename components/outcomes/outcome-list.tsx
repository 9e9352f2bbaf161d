import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import { EmptyState } from '@/components/ui/empty-state';
import { jalaliMonthNames, localDigits, type Locale } from '@/lib/i18n/format';
import type { PublicOutcomeView } from '@/lib/outcomes/public-view';

const EXCERPT = 200;

/** A page of published outcomes, each a short card linking to its own page (the full OutcomeCard). */
export async function OutcomeList({ items, empty, locale }: { items: PublicOutcomeView[]; empty: string; locale: Locale }) {
  const outcomes = await getTranslations('outcomes');
  if (items.length === 0) return <EmptyState title={empty} body="" />;
  const months = jalaliMonthNames(locale);
  return (
    <ul className="space-y-3" data-testid="outcome-list">
      {items.map((o) => {
        const place = o.county ? `${o.province}، ${o.county}` : o.province;
        const excerpt = o.summary.length > EXCERPT ? `${o.summary.slice(0, EXCERPT)}…` : o.summary;
        return (
          <li key={o.id} className="rounded-xl border border-slate-200 bg-white p-4" data-testid="outcome-item">
            <h3 className="font-bold">
              <Link href={`/outcomes/${o.id}`} className="inline-block min-h-11 py-2 text-brand-800 underline hover:bg-brand-50">
                <bdi>{o.category}</bdi> — <bdi>{place}</bdi>
              </Link>
            </h3>
            <p className="mt-1 flex flex-wrap gap-x-3 text-sm text-muted">
              <span>
                {outcomes('submitted')}: {months[o.month - 1]} {localDigits(o.year, locale)}
              </span>
              <span>
                {outcomes('resolution')}: {o.resolution ? outcomes(`resolutions.${o.resolution}`) : '—'}
              </span>
            </p>
            {o.agencies.length ? (
              <p className="mt-1 text-sm">
                {outcomes('agencies')}:{' '}
                {o.agencies.map((name, i) => (
                  <span key={name}>
                    {i > 0 ? '، ' : ''}
                    <bdi>{name}</bdi>
                  </span>
                ))}
              </p>
            ) : null}
            <p className="mt-2 leading-7" dir="auto">
              {excerpt}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
