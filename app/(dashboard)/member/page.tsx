import { renderDashboard } from '../render-dashboard';
import { titled } from '@/lib/i18n/page-title';

export const generateMetadata = titled('dashboard', 'member');

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return renderDashboard('member', await searchParams);
}
