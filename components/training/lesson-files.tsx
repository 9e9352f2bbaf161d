import { getTranslations } from 'next-intl/server';
import { formatFileSize, type Locale } from '@/lib/i18n/format';
import { lessonFileHref, lessonFileKind } from '@/lib/training/lesson-files/lesson-file-types';

export type LessonFileItem = { id: string; name: string; contentType: string; byteSize: number };

/**
 * A lesson's files: videos and audio in the browser's own player (no third-party player or embed; `preload="none"`
 * so a poor connection spends nothing until the learner presses play, and seeking uses range requests), each with
 * a download link as well; everything else as download links with name and size. Rendered on the server.
 */
export async function LessonFiles({ files, locale }: { files: readonly LessonFileItem[]; locale: Locale }) {
  if (files.length === 0) return null;
  const t = await getTranslations('lessons');
  return (
    <section aria-labelledby="lesson-files-title" className="mt-8">
      <h2 id="lesson-files-title" className="text-lg font-bold">
        {t('files')}
      </h2>
      <ul className="mt-3 space-y-4">
        {files.map((file) => {
          const href = lessonFileHref(file.id);
          const kind = lessonFileKind(file.contentType);
          const size = formatFileSize(file.byteSize, locale);
          const download = (
            <a href={href} download={file.name} className="font-medium text-brand-800 underline">
              {t('download')} <bdi dir="auto">{file.name}</bdi>
            </a>
          );
          return (
            <li key={file.id} className="rounded-lg border border-slate-200 p-3">
              {kind === 'video' ? (
                <figure>
                  <video controls preload="none" src={href} className="w-full rounded-md bg-black" aria-label={t('video', { name: file.name })}>
                    {/* Shown only by a browser that cannot play the element at all. */}
                    {t('noPlayer', { name: file.name })}
                  </video>
                  <figcaption className="mt-2 text-sm">
                    {download} <span className="text-muted">({t('size', { size })})</span>
                  </figcaption>
                </figure>
              ) : kind === 'audio' ? (
                <figure>
                  <audio controls preload="none" src={href} className="w-full" aria-label={t('audio', { name: file.name })}>
                    {t('noPlayer', { name: file.name })}
                  </audio>
                  <figcaption className="mt-2 text-sm">
                    {download} <span className="text-muted">({t('size', { size })})</span>
                  </figcaption>
                </figure>
              ) : (
                <p>
                  {download} <span className="text-sm text-muted">({t('size', { size })})</span>
                </p>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
