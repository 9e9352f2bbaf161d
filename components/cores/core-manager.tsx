import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import type { CoreForManager } from '@/lib/cores/get-core-for-manager';
import { localDigits, type Locale, localized } from '@/lib/i18n/format';
import { MemberMoveForm } from './core-forms';

type Props = { core: CoreForManager; locale: Locale; move: (state: ActionState, formData: FormData) => Promise<ActionState> };

export async function CoreManager({ core, locale, move }: Props) {
  const t = await getTranslations('cores');
  const digits = (s: string) => localDigits(s, locale);
  return (
    <article className="space-y-6" aria-labelledby="core-title">
      <header>
        <Link href="/cores" className="inline-flex min-h-6 items-center text-sm text-brand-800 underline">
          {t('back')}
        </Link>
        <h1 id="core-title" className="mt-2 text-2xl font-bold">
          <bdi>{core.name}</bdi>
        </h1>
        <p className="mt-1 text-sm text-muted">
          {core.county ? localized(core.county, locale) : ''}
          {core.area ? (
            <>
              {' · '}
              <bdi>{core.area}</bdi>
            </>
          ) : null}{' '}
          · {t('size', { members: core.members.length, capacity: core.capacity })}
        </p>
      </header>
      <section aria-labelledby="members-title">
        <h2 id="members-title" className="font-bold">
          {t('members')}
        </h2>
        {core.members.length === 0 ? (
          <p className="mt-2 text-sm text-muted">{t('noMembers')}</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {core.members.map((m) => (
              <li key={m.id} className="space-y-2 rounded-xl border border-slate-200 bg-white p-4 text-sm" data-testid="core-member">
                <p>
                  <strong>
                    <bdi>{m.name}</bdi>
                  </strong>{' '}
                  · <span dir="ltr">{m.membershipCode ? digits(m.membershipCode) : ''}</span>{' '}
                  {m.head ? <span className="rounded bg-brand-50 px-2 py-0.5 font-semibold">{t('head')}</span> : null}
                </p>
                {m.head ? null : <MemberMoveForm action={move} coreId={core.id} memberId={m.id} move="appoint" label={t('appoint')} />}
                {core.otherCores.length && !m.head ? (
                  <MemberMoveForm action={move} coreId={core.id} memberId={m.id} move="assign" label={t('move')} coreChoices={core.otherCores} />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="unassigned-title">
        <h2 id="unassigned-title" className="font-bold">
          {t('unassigned')}
        </h2>
        {core.unassigned.length === 0 ? (
          <p className="mt-2 text-sm text-muted">{t('noUnassigned')}</p>
        ) : (
          <ul className="mt-3 space-y-2">
            {core.unassigned.map((m) => (
              <li key={m.id} className="flex flex-wrap items-center justify-between gap-2 rounded-xl border border-slate-200 bg-white p-3 text-sm">
                <span>
                  <strong>
                    <bdi>{m.name}</bdi>
                  </strong>{' '}
                  · <span dir="ltr">{m.membershipCode ? digits(m.membershipCode) : ''}</span>
                </span>
                <MemberMoveForm action={move} coreId={core.id} memberId={m.id} move="assign" label={t('assign', { name: m.name })} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </article>
  );
}
