'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import { buttonClass } from '@/components/ui/button-link';
import { FormMessage } from '@/components/ui/field';
import type { ActionState } from '@/lib/actions/action-state';
import type { RevealedIdentity } from '@/lib/reports/reveal-identity';

type Props = { reportId: string; action: (state: ActionState<RevealedIdentity>, formData: FormData) => Promise<ActionState<RevealedIdentity>> };

/** The reporter's identity stays off the page until a reviewer asks for it; the ask is recorded. */
export function IdentityReveal({ reportId, action }: Props) {
  const t = useTranslations('review.identity');
  const [state, formAction, pending] = useActionState(action, { ok: false });
  const who = state.data;

  if (state.ok && who) {
    return (
      <dl className="grid gap-2 rounded-lg bg-amber-50 p-3 text-sm" data-testid="revealed-identity">
        {who.member ? (
          <>
            <div><dt className="text-muted">{t('memberName')}</dt><dd>{who.member.name}</dd></div>
            <div><dt className="text-muted">{t('membershipCode')}</dt><dd dir="ltr" className="text-start">{who.member.membershipCode ?? '—'}</dd></div>
            {who.member.mobile ? <div><dt className="text-muted">{t('mobile')}</dt><dd dir="ltr" className="text-start">{who.member.mobile}</dd></div> : null}
          </>
        ) : null}
        {who.contact ? (
          <>
            {who.contact.name ? <div><dt className="text-muted">{t('contactName')}</dt><dd>{who.contact.name}</dd></div> : null}
            {who.contact.phone ? <div><dt className="text-muted">{t('contactPhone')}</dt><dd dir="ltr" className="text-start">{who.contact.phone}</dd></div> : null}
            {who.contact.email ? <div><dt className="text-muted">{t('contactEmail')}</dt><dd dir="ltr" className="text-start">{who.contact.email}</dd></div> : null}
          </>
        ) : null}
        <p className="text-xs text-muted">{t('recorded')}</p>
      </dl>
    );
  }
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="reportId" value={reportId} />
      <p className="text-xs text-muted">{t('explain')}</p>
      <button type="submit" className={buttonClass('secondary')} disabled={pending} aria-busy={pending}>
        {pending ? t('revealing') : t('reveal')}
      </button>
      <FormMessage id={`reveal-${reportId}`} message={state.message} />
    </form>
  );
}
