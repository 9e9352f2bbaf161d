'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useMemo } from 'react';
import { formatFileSize, type Locale } from '@/lib/i18n/format';

/**
 * The files chosen for a report, before sending: a thumbnail for pictures (made in the browser, nothing
 * is uploaded), name and size, and a control to take one out again.
 */
export function ChosenFiles({ files, onRemove, locale }: { files: File[]; onRemove: (index: number) => void; locale: Locale }) {
  const t = useTranslations('reportForm.files');
  const previews = useMemo(() => files.map((f) => (f.type.startsWith('image/') ? URL.createObjectURL(f) : null)), [files]);
  useEffect(() => () => previews.forEach((url) => url && URL.revokeObjectURL(url)), [previews]);
  if (files.length === 0) return null;
  return (
    <ul className="-mt-4 space-y-2" aria-label={t('label')}>
      {files.map((file, i) => (
        <li key={`${file.name}-${file.size}-${i}`} className="flex items-center gap-3 rounded-lg border border-slate-200 p-2 text-sm">
          {previews[i] ? (
            // eslint-disable-next-line @next/next/no-img-element -- a local object URL, never fetched from anywhere
            <img src={previews[i]!} alt="" className="size-12 rounded object-cover" />
          ) : (
            <span aria-hidden="true" className="grid size-12 place-items-center rounded bg-slate-100 text-xs font-bold">
              PDF
            </span>
          )}
          <span className="min-w-0 flex-1">
            <bdi className="block truncate">{file.name}</bdi>
            <span className="text-xs text-muted">{t('size', { size: formatFileSize(file.size, locale) })}</span>
          </span>
          <button
            type="button"
            onClick={() => onRemove(i)}
            className="min-h-11 rounded px-3 text-red-800 underline"
            aria-label={t('remove', { name: file.name })}
          >
            {t('removeShort')}
          </button>
        </li>
      ))}
    </ul>
  );
}
