import { getTranslations } from 'next-intl/server';
import { AuditEventList } from '@/components/audit/audit-event-list';
import { AuditFiltersForm } from '@/components/audit/audit-filters';
import { VerifyChainForm } from '@/components/audit/verify-chain-form';
import { withFallbackPages } from '@/app/fallback-pages';
import { requirePermission } from '@/lib/auth/guard';
import { auditFiltersSchema, listAuditEvents, type AuditPage } from '@/lib/audit/list-audit-events';
import { isAppError } from '@/lib/errors';
import { currentLocale } from '@/lib/i18n/current-locale';
import { titled } from '@/lib/i18n/page-title';
import { firstValues, listHref } from '@/lib/http/list-href';
import { verifyAuditChainAction } from './actions';

export const generateMetadata = titled('auditLog', 'title');

type SearchParams = Record<string, string | string[] | undefined>;
const PATH = '/audit';

/** The audit log for the administrator and the national office: filters (a GET form), pages, and the chain check. */
export default withFallbackPages(async function AuditLog({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const actor = await requirePermission('audit:read', PATH);
  const params = await searchParams;
  const filters = auditFiltersSchema.parse(firstValues(params));
  const [t, locale] = await Promise.all([getTranslations('auditLog'), currentLocale()]);
  const errorText = await getTranslations('auditLog.errors');

  let page: AuditPage | null = null;
  let errors: Record<string, string[]> = {};
  try {
    page = await listAuditEvents({ actor, filters });
  } catch (error) {
    if (!(isAppError(error) && error.code === 'VALIDATION' && error.fieldErrors)) throw error;
    errors = Object.fromEntries(Object.entries(error.fieldErrors).map(([field, keys]) => [field, keys.map((k) => errorText(k))]));
  }
  return (
    <section className="space-y-6" aria-labelledby="audit-title">
      <header>
        <h1 id="audit-title" className="text-2xl font-bold">
          {t('title')}
        </h1>
        <p className="mt-2 leading-7 text-muted">{t('intro')}</p>
      </header>
      <section aria-labelledby="verify-title" className="space-y-2 rounded-xl border border-slate-200 bg-white p-4">
        <h2 id="verify-title" className="text-lg font-semibold">
          {t('verifyTitle')}
        </h2>
        <p className="text-sm leading-6 text-muted">{t('verifyIntro')}</p>
        <VerifyChainForm action={verifyAuditChainAction} labels={{ verify: t('verify'), verifying: t('verifying'), showBroken: t('showBroken') }} />
      </section>
      <AuditFiltersForm path={PATH} filters={filters} errors={errors} />
      <section aria-labelledby="results-title" className="space-y-3">
        <h2 id="results-title" className="text-lg font-semibold">
          {t('results')}
        </h2>
        {page ? (
          <AuditEventList
            items={page.items}
            locale={locale}
            filterHref={(changes) => listHref(PATH, params, changes)}
            next={page.nextCursor ? listHref(PATH, params, { after: page.nextCursor }) : null}
            first={filters.after ? listHref(PATH, params, {}) : null}
          />
        ) : (
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm font-medium text-red-800">
            {t('invalidFilters')}
          </p>
        )}
      </section>
    </section>
  );
});
