import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { ActionState } from '@/lib/actions/action-state';
import { formatDate, localDigits, type Locale, localized, toJalali } from '@/lib/i18n/format';
import { APPLICATION_STEPS, type ApplicationStep } from '@/lib/members/application-input';
import type { OwnApplication } from '@/lib/members/get-own-application';
import type { ReportFormOptions } from '@/lib/reports/form-options';
import { ApplicationStepForm, SubmitApplicationForm } from './application-forms';
import { isEditable, PIPELINE } from '@/lib/vetting/transitions';

type Props = {
  application: OwnApplication;
  step: ApplicationStep;
  locale: Locale;
  provinces: ReportFormOptions['provinces'];
  interests: ReportFormOptions['categories'];
  saveStep: (state: ActionState<{ emailCodeSent?: boolean }>, formData: FormData) => Promise<ActionState<{ emailCodeSent?: boolean }>>;
  submit: (state: ActionState, formData: FormData) => Promise<ActionState>;
};

const jalaliText = (d: Date) => {
  const { jy, jm, jd } = toJalali(d);
  return `${jy}/${String(jm).padStart(2, '0')}/${String(jd).padStart(2, '0')}`;
};

/** The applicant's own page: where the application stands, and the draft's steps while it is theirs to edit. */
export async function ApplicationView({ application: a, step, locale, provinces, interests, saveStep, submit }: Props) {
  const [t, statuses] = await Promise.all([getTranslations('application'), getTranslations('application.statuses')]);
  const editable = isEditable(a.status);
  const digits = (s: string) => localDigits(s, locale);
  return (
    <article className="mx-auto max-w-2xl space-y-6" aria-labelledby="application-title">
      <header>
        <h1 id="application-title" className="text-2xl font-bold">
          {t('title')}
        </h1>
        <p className="mt-2">
          {t('status')} <strong data-testid="application-status">{statuses(a.status)}</strong>
        </p>
        {a.membershipCode ? (
          <p className="mt-2 rounded-lg bg-brand-50 p-3">
            {t('membershipCode')}{' '}
            <strong dir="ltr" data-testid="membership-code">
              {digits(a.membershipCode)}
            </strong>
          </p>
        ) : null}
        {a.staffNote && (a.status === 'CORRECTION_REQUESTED' || a.status === 'REJECTED') ? (
          <p className="mt-2 rounded-lg bg-amber-50 p-3 text-sm">
            <span className="font-semibold">{t('staffNote')}</span> <bdi>{a.staffNote}</bdi>
          </p>
        ) : null}
        {a.core ? <p className="mt-2 text-sm">{t('core', { core: a.core.name })}</p> : null}
      </header>

      {!editable ? (
        <section aria-labelledby="pipeline-title">
          <h2 id="pipeline-title" className="font-bold">
            {t('pipeline')}
          </h2>
          <ol className="mt-3 space-y-2 border-s-2 border-slate-300 ps-4 text-sm">
            {PIPELINE.map((s) => {
              const reached = a.status === 'REJECTED' ? false : PIPELINE.indexOf(s) <= PIPELINE.indexOf(a.status);
              return (
                <li key={s} aria-current={a.status === s ? 'step' : undefined} className={reached ? 'font-semibold' : 'text-muted'}>
                  {statuses(s)}
                </li>
              );
            })}
          </ol>
          {a.submittedAt ? <p className="mt-3 text-xs text-muted">{t('submittedAt', { date: formatDate(a.submittedAt, locale) })}</p> : null}
        </section>
      ) : (
        <>
          <nav aria-label={t('steps')}>
            <ol className="flex list-none! flex-wrap gap-2 text-sm">
              {APPLICATION_STEPS.map((s, i) => (
                <li key={s}>
                  <Link
                    href={`/application?step=${s}`}
                    aria-current={s === step ? 'step' : undefined}
                    className={`inline-flex min-h-11 items-center rounded-lg border px-3 ${s === step ? 'border-brand-700 bg-brand-50 font-semibold' : 'border-slate-300'}`}
                  >
                    {digits(String(i + 1))}. {t(`stepNames.${s}`)}{' '}
                    {a.completed.includes(s) ? (
                      <span className="ms-1" aria-label={t('done')}>
                        ✓
                      </span>
                    ) : null}
                  </Link>
                </li>
              ))}
            </ol>
          </nav>
          <ApplicationStepForm
            key={step}
            step={step}
            action={saveStep}
            provinces={provinces.map((p) => ({
              id: p.id,
              name: localized(p, locale),
              counties: p.counties.map((c) => ({ id: c.id, name: localized(c, locale) })),
            }))}
            interests={interests.map((c) => ({ id: String(c.id), name: localized(c, locale) }))}
            saved={{
              firstName: a.firstName,
              lastName: a.lastName,
              fatherName: a.fatherName ?? '',
              nationalCode: a.nationalCode ?? '',
              birthDate: a.birthDate ? jalaliText(a.birthDate) : '',
              gender: a.gender ?? '',
              email: a.user.email ?? '',
              provinceId: a.provinceId ? String(a.provinceId) : '',
              countyId: a.countyId ? String(a.countyId) : '',
              education: a.education ?? '',
              occupation: a.occupation ?? '',
              skills: a.skills.join('، '),
              interests: a.interests,
              availability: a.availability ?? '',
              declared: Boolean(a.declaredAt),
            }}
          />
          {a.completed.length === APPLICATION_STEPS.length ? (
            <SubmitApplicationForm action={submit} />
          ) : (
            <p className="text-sm text-muted">{t('completeFirst')}</p>
          )}
        </>
      )}
    </article>
  );
}
