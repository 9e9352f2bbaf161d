import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { QueueFilters } from '@/lib/reports/queue-filters';

type Order = QueueFilters['order'];
type Assigned = NonNullable<QueueFilters['assigned']> | null;

const ORDERS: readonly Order[] = ['deadline', 'newest', 'oldest'];
const ASSIGNED: readonly Assigned[] = [null, 'mine', 'unassigned'];

function Choices<T extends string | null>({
  label,
  choices,
  current,
  href,
  name,
}: {
  label: string;
  choices: readonly T[];
  current: T;
  href: (c: T) => string;
  name: (c: T) => string;
}) {
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-muted">{label}:</span>
      {choices.map((c) => (
        <Link
          key={String(c)}
          href={href(c)}
          aria-current={c === current ? 'true' : undefined}
          className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-3 aria-[current]:border-brand-800 aria-[current]:bg-brand-50 aria-[current]:font-semibold"
        >
          {name(c)}
        </Link>
      ))}
    </nav>
  );
}

/** One tap to another order (by deadline, the default; newest; oldest) or to "mine" / "unassigned". */
export async function QueueViews({
  order,
  assigned,
}: {
  order: { current: Order; href: (order: Order) => string };
  assigned: { current: Assigned; href: (assigned: Assigned) => string } | null;
}) {
  const t = await getTranslations('review.views');
  return (
    <div className="space-y-2">
      <Choices label={t('order')} choices={ORDERS} current={order.current} href={order.href} name={(o) => t(`orders.${o}`)} />
      {assigned ? (
        <Choices label={t('assigned')} choices={ASSIGNED} current={assigned.current} href={assigned.href} name={(a) => t(`assignedTo.${a ?? 'all'}`)} />
      ) : null}
    </div>
  );
}
