import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { ReactNode } from 'react';

const sections = [
  { key: 'categories', href: '/admin/categories' },
  { key: 'places', href: '/admin/places' },
  { key: 'agencies', href: '/admin/agencies' },
] as const;

/** The administrator's reference data, one link per kind; the current one is marked (aria-current). */
export async function ReferenceNav({ current }: { current: (typeof sections)[number]['key'] }) {
  const t = await getTranslations('adminReference.nav');
  return (
    <nav aria-label={t('label')}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        {sections.map((s) => (
          <li key={s.key}>
            <Link
              href={s.href}
              aria-current={s.key === current ? 'page' : undefined}
              className="inline-flex min-h-11 items-center text-brand-800 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
            >
              {t(s.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** The top of a reference-data page: the section links, the way back to its list (if any), the heading (`titleId` labels the page's section). */
export async function ReferenceHeader({
  current,
  back,
  titleId,
  children,
}: {
  current: (typeof sections)[number]['key'];
  back?: { href: string; label: string };
  titleId: string;
  children: ReactNode;
}) {
  return (
    <>
      <ReferenceNav current={current} />
      {back ? (
        <p>
          <Link href={back.href} className="text-brand-800 underline">
            {back.label}
          </Link>
        </p>
      ) : null}
      <h1 id={titleId} className="text-2xl font-bold">
        {children}
      </h1>
    </>
  );
}
