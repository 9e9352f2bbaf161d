import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import { formatDate, formatDateTime, localDigits, type Locale, localized } from '@/lib/i18n/format';
import type { ApplicationForVetting } from '@/lib/vetting/get-application-for-vetting';
import { vettingTransitions } from '@/lib/vetting/transitions';
import { ApplicantReveal, VettingActionForm } from './vetting-forms';

type Props = {
  application: ApplicationForVetting;
  locale: Locale;
  vet: (state: ActionState, formData: FormData) => Promise<ActionState>;
  reveal: (
    state: ActionState<{ nationalCode: string | null; mobile: string | null }>,
    formData: FormData,
  ) => Promise<ActionState<{ nationalCode: string | null; mobile: string | null }>>;
};

export async function VettingView({ application: a, locale, vet, reveal }: Props) {
  const [t, statuses, genders] = await Promise.all([
    getTranslations('vetting'),
    getTranslations('application.statuses'),
    getTranslations('application.genders'),
  ]);
  const name = (x: { name: string; nameEn: string } | null) => (x ? localized(x, locale) : '—');
  const digits = (s: string) => localDigits(s, locale);
  // A provider's name for people; a deployment's own provider (http:<name>) shows its configured name.
  const providerKey = (provider: string) => `providers.${provider.replace(/[^a-z0-9]/gi, '_')}`;
  const providerName = (provider: string) => (t.has(providerKey(provider)) ? t(providerKey(provider)) : provider);
  // [label, value, written left-to-right (codes and numbers)]
  const rows: [string, string, boolean?][] = [
    [t('fields.name'), `${a.firstName} ${a.lastName}`],
    [t('fields.fatherName'), a.fatherName ?? '—'],
    [t('fields.nationalCode'), a.nationalCodeMasked ? digits(a.nationalCodeMasked) : '—', true],
    [t('fields.mobile'), a.mobileMasked ? digits(a.mobileMasked) : '—', true],
    [t('fields.birthDate'), a.birthDate ? formatDate(a.birthDate, locale) : '—'],
    [t('fields.gender'), a.gender ? genders(a.gender) : '—'],
    [t('fields.place'), `${name(a.province)}، ${name(a.county)}`],
    [t('fields.education'), a.education ?? '—'],
    [t('fields.occupation'), a.occupation ?? '—'],
    [t('fields.skills'), a.skills.join('، ') || '—'],
  ];
  return (
    <article className="space-y-6" aria-labelledby="vetting-title">
      <header>
        <h1 id="vetting-title" className="text-2xl font-bold">
          {t('applicationOf', { name: `${a.firstName} ${a.lastName}` })}
        </h1>
        <p className="mt-2">
          {t('status')} <strong data-testid="vetting-status">{statuses(a.status)}</strong>
        </p>
        {a.membershipCode ? (
          <p className="mt-1">
            {t('membershipCode')}{' '}
            <strong dir="ltr" data-testid="vetting-membership-code">
              {digits(a.membershipCode)}
            </strong>
          </p>
        ) : null}
      </header>
      <dl className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        {rows.map(([label, value, ltr]) => (
          <div key={label}>
            <dt className="text-muted">{label}</dt>
            <dd>
              {/* Isolated, not re-aligned: a code or number stays next to its label in a right-to-left page. */}
              <bdi dir={ltr ? 'ltr' : 'auto'}>{value}</bdi>
            </dd>
          </div>
        ))}
      </dl>
      {a.possibleDuplicates.length ? (
        <section aria-labelledby="duplicates-title" className="rounded-xl border border-amber-500 bg-amber-50 p-4 text-sm" data-testid="possible-duplicates">
          <h2 id="duplicates-title" className="font-bold text-amber-900">
            {t('duplicates.title')}
          </h2>
          <p className="mt-1">{t('duplicates.explain')}</p>
          <ul className="mt-2 list-disc ps-5">
            {a.possibleDuplicates.map((d, i) => (
              <li key={d.id ?? i}>
                {d.id ? (
                  <Link className="text-brand-800 underline" href={`/applications/${d.id}`}>
                    {t('duplicates.other', { n: i + 1 })}
                  </Link>
                ) : (
                  t('duplicates.other', { n: i + 1 })
                )}
                {' · '}
                {statuses(d.status)} · {name(d.province)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ApplicantReveal memberId={a.id} action={reveal} />
      <section aria-labelledby="checks-title">
        <h2 id="checks-title" className="font-bold">
          {t('checks')}
        </h2>
        {a.checks.length === 0 ? (
          <p className="mt-2 text-sm text-muted">{t('noChecks')}</p>
        ) : (
          <ul className="mt-2 space-y-1 text-sm">
            {a.checks.map((c) => (
              <li key={c.id}>
                <strong className={c.outcome === 'PASS' ? 'text-brand-800' : 'text-red-800'}>{t(`outcomes.${c.outcome}`)}</strong> · {t(`kinds.${c.kind}`)} ·{' '}
                {providerName(c.provider)} · {formatDateTime(c.createdAt, locale)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="vet-actions-title" className="space-y-3">
        <h2 id="vet-actions-title" className="font-bold">
          {t('actions')}
        </h2>
        {a.actions.length === 0 ? <p className="text-sm text-muted">{t('noActions')}</p> : null}
        {a.actions.map((action) => (
          <VettingActionForm
            key={action}
            action={vet}
            memberId={a.id}
            version={a.version}
            move={action}
            needsNote={action === 'reject' || action === 'requestCorrection'}
            needsConfirm={vettingTransitions.some((t) => t.action === action && t.requiresConfirm)}
          />
        ))}
      </section>
    </article>
  );
}
