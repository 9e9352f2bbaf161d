import { titled } from '@/lib/i18n/page-title';
import { renderAnnualDashboard } from '../../render-annual-dashboard';

export const generateMetadata = titled('annualDashboard');

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return renderAnnualDashboard('national', await searchParams);
}
