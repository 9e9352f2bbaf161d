import { getTranslations } from 'next-intl/server';
import { currentLocale } from '@/lib/i18n/current-locale';
import { localDigits } from '@/lib/i18n/format';

/** A member's own core and who heads it. */
export async function MyCore({ core }: { core: { name: string; area: string | null; head: string | null } | null }) {
  const t = await getTranslations('cores');
  return (
    <section aria-labelledby="my-core-title" className="rounded-xl border border-slate-200 bg-white p-4 text-sm" data-testid="my-core">
      <h2 id="my-core-title" className="font-bold">
        {t('myCore')}
      </h2>
      {core ? (
        <p className="mt-1">
          <bdi>{core.name}</bdi>
          {core.area ? (
            <>
              {' · '}
              <bdi>{core.area}</bdi>
            </>
          ) : null}{' '}
          · {core.head ? t('headIs', { name: core.head }) : t('noHead')}
        </p>
      ) : (
        <p className="mt-1 text-muted">{t('noCoreYet')}</p>
      )}
    </section>
  );
}

/** The members of the core a core head leads. */
export async function CoreMembers({ members }: { members: { id: string; name: string; membershipCode: string | null }[] }) {
  const [t, locale] = await Promise.all([getTranslations('cores'), currentLocale()]);
  return (
    <section aria-labelledby="core-members-title" className="rounded-xl border border-slate-200 bg-white p-4 text-sm">
      <h2 id="core-members-title" className="font-bold">
        {t('myMembers')}
      </h2>
      {members.length === 0 ? (
        <p className="mt-1 text-muted">{t('noMembers')}</p>
      ) : (
        <ul className="mt-2 space-y-1" data-testid="my-members">
          {members.map((m) => (
            <li key={m.id}>
              <bdi>{m.name}</bdi> · <span dir="ltr">{m.membershipCode ? localDigits(m.membershipCode, locale) : null}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
