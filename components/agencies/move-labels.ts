import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ReferralAction } from '@/lib/workflow/referral-transitions';
import type { MoveFormLabels } from './referral-move-form';

/** The agency's moves that may carry files (an answer, a question, a progress note). */
const WITH_FILES: readonly ReferralAction[] = ['respond', 'requestClarification', 'progress'];

/** The move form's words for one move, translated here so the client form receives text, not a namespace. */
export async function moveLabels(move: ReferralAction): Promise<MoveFormLabels> {
  const t = await getTranslations('agency');
  return {
    title: t(`actions.${move}`),
    note: t.has(`notes.${move}`) ? t(`notes.${move}`) : t('notes.accept'),
    resolution: t('resolution'),
    resolutions: { RESOLVED: t('resolutions.RESOLVED'), UNRESOLVED: t('resolutions.UNRESOLVED') },
    outcome:
      move === 'respond'
        ? { label: t('outcome'), none: t('outcomeChoose'), FIXED: t('outcomes.FIXED'), NO_FURTHER_ACTION: t('outcomes.NO_FURTHER_ACTION') }
        : undefined,
    files: WITH_FILES.includes(move) ? t('files') : undefined,
    confirm: t('confirmAccept'),
    choose: t('choose'),
    reload: t('reload'),
  };
}
