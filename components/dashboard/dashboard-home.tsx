import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Actor, Dashboard } from '@/lib/authz';
import type { ScopeNames } from '@/lib/dashboard/describe-scope';

/** A dashboard's header (who, which roles, which scope) above its work. */
export async function DashboardHome({ dashboard, actor, scope, children }: { dashboard: Dashboard; actor: Actor; scope: ScopeNames; children: ReactNode }) {
  const [t, roles] = await Promise.all([getTranslations('dashboard'), getTranslations('roles')]);
  const scopeText =
    (scope.core && t('scopeCore', { core: scope.core })) ||
    (scope.agency && t('scopeAgency', { agency: scope.agency })) ||
    (scope.province && t('scopeProvince', { province: scope.province })) ||
    t('scopeNational');

  return (
    <div className="space-y-6">
      <header>
        <h1 className="text-2xl font-bold">{t(dashboard)}</h1>
        <p className="mt-2 text-muted">{t('welcome', { name: actor.name })}</p>
      </header>
      <dl className="grid gap-3 rounded-xl border border-slate-200 bg-white p-4 text-sm sm:grid-cols-2">
        <div>
          <dt className="text-muted">{t('roles')}</dt>
          <dd className="font-medium">{actor.roles.map((role) => roles(role)).join('، ')}</dd>
        </div>
        <div>
          <dt className="text-muted">{t('scope')}</dt>
          <dd className="font-medium">{scopeText}</dd>
        </div>
      </dl>
      {children}
    </div>
  );
}
