'use client';

import { useTranslations } from 'next-intl';
import { useFormAction } from '@/components/ui/use-form-action';
import { buttonClass } from '@/components/ui/button-link';
import { FormMessage } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';
import type { RevealedIdentity } from '@/lib/reports/reveal-identity';

type Props = { reportId: string; action: (state: ActionState<RevealedIdentity>, formData: FormData) => Promise<ActionState<RevealedIdentity>> };

/** The reporter's identity stays off the page until a reviewer asks for it; the ask is recorded. */
export function IdentityReveal({ reportId, action }: Props) {
  const t = useTranslations('review.identity');
  const { state, pending, formProps } = useFormAction(action, { summaryId: `reveal-${reportId}`, doneId: `revealed-${reportId}` });
  const who = state.data;

  if (state.ok && who) {
    // [label, value, is it written left-to-right (numbers, addresses)]
    const rows: [string, string | null | undefined, boolean][] = [
      [t('memberName'), who.member?.name, false],
      [t('membershipCode'), who.member?.membershipCode, true],
      [t('mobile'), who.member?.mobile, true],
      [t('contactName'), who.contact?.name, false],
      [t('contactPhone'), who.contact?.phone, true],
      [t('contactEmail'), who.contact?.email, true],
    ];
    return (
      <div id={`revealed-${reportId}`} tabIndex={-1} className="rounded-lg bg-amber-50 p-3 text-sm" data-testid="revealed-identity">
        <dl className="grid gap-2 sm:grid-cols-2">
          {rows
            .filter(([, value]) => value)
            .map(([label, value, ltr]) => (
              <div key={label}>
                <dt className="text-muted">{label}</dt>
                <dd>
                  {/* Isolated, not re-aligned: a code or number stays next to its label in a right-to-left page. */}
                  <bdi dir={ltr ? 'ltr' : 'auto'}>{value}</bdi>
                </dd>
              </div>
            ))}
        </dl>
        <p className="mt-2 text-xs text-muted">{t('recorded')}</p>
      </div>
    );
  }
  return (
    <form {...formProps} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <p className="text-xs text-muted">{t('explain')}</p>
      <button type="submit" className={buttonClass('secondary')} disabled={pending} aria-busy={pending}>
        {pending ? t('revealing') : t('reveal')}
      </button>
      <FormMessage id={`reveal-${reportId}`} message={state.message} />
    </form>
  );
}
