import { notFound } from 'next/navigation';
import { CoreManager } from '@/components/cores/core-manager';
import { requirePermission } from '@/lib/auth/guard';
import { getCoreForManager } from '@/lib/cores/cores';
import { isAppError } from '@/lib/errors';
import { currentLocale } from '@/lib/i18n/current-locale';
import { memberMoveAction } from '../actions';

export default async function CorePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await requirePermission('core:manage', `/cores/${id}`);
  const core = await getCoreForManager(actor, id).catch((error: unknown) => {
    if (isAppError(error) && error.code === 'NOT_FOUND') notFound();
    throw error;
  });
  return <CoreManager core={core} locale={await currentLocale()} move={memberMoveAction} />;
}
