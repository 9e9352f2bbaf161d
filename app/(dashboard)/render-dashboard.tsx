import { getLocale } from 'next-intl/server';
import { DashboardHome } from '@/components/dashboard/dashboard-home';
import { requirePermission } from '@/lib/auth/guard';
import type { Dashboard } from '@/lib/authz';
import { describeScope } from '@/lib/dashboard/describe-scope';

/** Every role's landing page: checks the role in the data layer (the proxy only redirects), then renders. */
export async function renderDashboard(dashboard: Dashboard) {
  const actor = await requirePermission(`dashboard:${dashboard}`, `/${dashboard}`);
  const locale = (await getLocale()) === 'en' ? 'en' : 'fa';
  return <DashboardHome dashboard={dashboard} actor={actor} scope={await describeScope(actor, locale)} />;
}
