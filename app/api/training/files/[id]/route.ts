import { getCurrentActor } from '@/lib/auth/session';
import { toApiResponse } from '@/lib/http/api-response';
import { rangedResponse } from '@/lib/http/byte-range';
import { getLessonFile } from '@/lib/training/lesson-files/get-lesson-file';
import { lessonFileKind } from '@/lib/training/lesson-files/lesson-file-types';

/**
 * A lesson's file or video for a signed-in reader (lib/training/lesson-files/get-lesson-file.ts), with HTTP range
 * requests so a poor connection resumes and a `<video>` seeks (lib/http/byte-range.ts). Shown in the browser when it
 * is media, an image or a PDF (cleaned on upload), downloaded otherwise; never sniffed into another type.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const file = await getLessonFile({ actor: await getCurrentActor(), fileId: (await params).id });
    const inline = lessonFileKind(file.contentType) !== 'other';
    return await rangedResponse(request, {
      size: file.byteSize,
      etag: file.etag,
      open: file.open,
      headers: {
        'Content-Type': file.contentType,
        'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', file.name),
        'X-Content-Type-Options': 'nosniff',
        // Per person (the file is behind a login); the ETag lets the browser revalidate rather than fetch again.
        'Cache-Control': 'private',
        // Opened on its own, a file is a document of our origin: media and images may show themselves and nothing
        // else. A PDF gets no policy: browsers' PDF viewers do not run under a sandbox, and it was rebuilt without
        // scripts, actions or links on upload (lib/attachments/clean-pdf.ts).
        ...(file.contentType === 'application/pdf' ? {} : { 'Content-Security-Policy': "default-src 'none'; img-src 'self'; media-src 'self'; sandbox" }),
      },
    });
  } catch (error) {
    return toApiResponse(error, 'lessons');
  }
}

/** RFC 6266: an ASCII fallback for old clients and the exact UTF-8 name (Persian names) in filename*. */
function contentDisposition(type: 'inline' | 'attachment', name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `${type}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)}`;
}
