'use server';

import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { authedAction } from '@/lib/actions/define-action';
import { verifyAuditLog } from '@/lib/audit/verify-audit-log';
import { currentLocale } from '@/lib/i18n/current-locale';
import { formatDateTime, localDigits } from '@/lib/i18n/format';

/**
 * "Verify the chain" on /audit: the whole log's hash chain checked and the check recorded
 * (lib/audit/verify-audit-log). Answers the outcome and the sentence saying it, in the reader's language.
 */
export const verifyAuditChainAction = authedAction('audit:read', { namespace: 'auditLog', input: z.object({}) }, async ({ actor }) => {
  const check = await verifyAuditLog({ actor });
  const [t, locale] = await Promise.all([getTranslations('auditLog'), currentLocale()]);
  const checked = check.checked;
  const summary = check.brokenAt
    ? t('broken', {
        checked,
        id: localDigits(check.brokenAt.id, locale),
        action: t.has(`actions.${check.brokenAt.action}`) ? t(`actions.${check.brokenAt.action}`) : check.brokenAt.action,
        at: formatDateTime(check.brokenAt.at, locale),
      })
    : t('intact', { checked, seconds: new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-US', { maximumFractionDigits: 1 }).format(check.ms / 1000) });
  // The list from the altered event back (the cursor just after it: its own millisecond is included).
  const around = check.brokenAt ? `/audit?after=${check.brokenAt.at.getTime() + 1}.0` : null;
  return { intact: check.intact, checked: check.checked, brokenAt: check.brokenAt?.id ?? null, around, summary };
});
