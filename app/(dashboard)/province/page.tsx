import { renderDashboard } from '../render-dashboard';

export default async function Page({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  return renderDashboard('province', await searchParams);
}
