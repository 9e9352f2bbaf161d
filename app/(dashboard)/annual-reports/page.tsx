import { getTranslations } from 'next-intl/server';
import { AnnualReportList } from '@/components/annual-report/annual-report-list';
import { RequestAnnualReportForm } from '@/components/annual-report/request-annual-report-form';
import { RefreshEvery } from '@/components/ui/refresh-every';
import { ButtonLink } from '@/components/ui/button-link';
import { withFallbackPages } from '@/app/fallback-pages';
import { listAgencyNames } from '@/lib/agencies/list-agency-names';
import { FIRST_REPORT_YEAR } from '@/lib/annual-report/annual-report-input';
import { listAnnualReports } from '@/lib/annual-report/list-annual-reports';
import { loadPage } from '@/lib/auth/guard';
import { currentLocale } from '@/lib/i18n/current-locale';
import { localDigits, localized, toJalali } from '@/lib/i18n/format';
import { titled } from '@/lib/i18n/page-title';
import { reportFormOptions } from '@/lib/reports/form-options';
import { requestAnnualReportAction } from './actions';

export const generateMetadata = titled('annualReports');

/**
 * `/annual-reports`: ask for the annual report (issue #17) and follow the requests. The national office any scope,
 * province staff their own province (lib/annual-report). While one is queued or being made, the page refreshes
 * itself every 5 seconds (a meta refresh: it works without JavaScript).
 */
export default withFallbackPages(async function AnnualReports() {
  const { actor, data: items } = await loadPage({
    returnTo: '/annual-reports',
    permission: 'annualReport:request',
    load: (actor) => listAnnualReports({ actor }),
  });
  const [t, locale, options] = await Promise.all([getTranslations('annualReports'), currentLocale(), reportFormOptions()]);
  const national = actor.roles.includes('NATIONAL_OFFICE');
  const agencies = national ? (await listAgencyNames()).map((a) => ({ id: a.id, name: localized(a, locale) })) : null;
  const provinces = options.provinces.filter((p) => national || p.id === actor.provinceId).map((p) => ({ id: p.id, name: localized(p, locale) }));
  const current = toJalali(new Date()).jy;
  const years = Array.from({ length: current - FIRST_REPORT_YEAR + 1 }, (_, i) => current - i).map((y) => ({ value: y, label: localDigits(y, locale) }));
  const inProgress = items.some((r) => r.status === 'QUEUED' || r.status === 'RUNNING');
  return (
    <section className="space-y-4" aria-labelledby="annual-title">
      {inProgress ? <RefreshEvery seconds={5} url="/annual-reports" /> : null}
      <h1 id="annual-title" className="text-2xl font-bold">
        {t('title')}
      </h1>
      <p className="leading-7 text-muted">{t('intro')}</p>
      {!national && provinces[0] ? <p className="leading-7">{t('introProvince', { province: provinces[0].name })}</p> : null}
      <p className="text-sm leading-7 text-muted">{t('suppressed')}</p>
      <ButtonLink href={national ? '/national/dashboard' : '/province/dashboard'} variant="secondary">
        {t('dashboardLink')}
      </ButtonLink>
      <RequestAnnualReportForm
        action={requestAnnualReportAction}
        years={years}
        provinces={provinces}
        agencies={agencies}
        nationalAllowed={national}
        labels={{
          title: t('form.title'),
          year: t('form.year'),
          scope: t('form.scope'),
          national: t('form.national'),
          provinces: t('form.provinces'),
          agencies: t('form.agencies'),
          submit: t('form.submit'),
          sending: t('form.sending'),
          requested: t('requested'),
          alreadyRunning: t('alreadyRunning'),
        }}
      />
      <section aria-labelledby="annual-list-title" className="space-y-3">
        <h2 id="annual-list-title" className="text-lg font-bold">
          {t('list')}
        </h2>
        {inProgress ? (
          <p className="text-sm text-muted" aria-live="polite">
            {t('refreshing')}
          </p>
        ) : null}
        <AnnualReportList items={items} locale={locale} />
      </section>
    </section>
  );
});
