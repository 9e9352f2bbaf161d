import { redirect } from 'next/navigation';
import { getCurrentActor } from '@/lib/auth/session';
import { landingPath } from '@/lib/authz';

/** Sends each person to their own dashboard. */
export default async function DashboardIndex() {
  const actor = await getCurrentActor();
  redirect(actor ? landingPath(actor.roles) : '/login?next=%2Fdashboard');
}
