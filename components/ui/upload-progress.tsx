'use client';

import { useLocale, useTranslations } from 'next-intl';
import { formatMegabytes } from '@/lib/i18n/format';
import { buttonClass } from './button-link';
import type { UploadProgress as Progress } from './send-with-progress';

/**
 * A form's upload under way: a progress bar with the share and the megabytes sent, and a cancel button;
 * then a line while the server cleans the files. The text is a polite live region that speaks at each
 * tenth, not at every event, so a screen reader is not flooded.
 */
export function UploadProgress({ progress, onCancel }: { progress: Progress; onCancel: () => void }) {
  const t = useTranslations('upload');
  const locale = useLocale() === 'en' ? 'en' : 'fa';
  const mb = (bytes: number) => formatMegabytes(bytes, locale);
  const share = progress === 'processing' || !progress.total ? 1 : progress.sent / progress.total;
  const spoken = Math.floor(share * 10) / 10;
  return (
    <div className="space-y-2 rounded-lg border border-slate-200 p-3" data-testid="upload-progress">
      <progress value={progress === 'processing' ? undefined : share} max={1} aria-label={t('label')} className="h-3 w-full accent-brand-700" />
      <p role="status" className="text-sm">
        {progress === 'processing' ? (
          t('processing')
        ) : (
          <>
            <span className="block">{t('sending', { percent: spoken })}</span>
            <span className="block text-muted">{t('amount', { sent: mb(progress.sent), total: mb(progress.total) })}</span>
          </>
        )}
      </p>
      {progress === 'processing' ? null : (
        <button type="button" onClick={onCancel} className={buttonClass('secondary')}>
          {t('cancel')}
        </button>
      )}
    </div>
  );
}
