import { getCurrentActor } from '@/lib/auth/session';
import { readAttachment } from '@/lib/attachments/read-attachment';
import { readReporterAttachment } from '@/lib/attachments/read-reporter-attachment';
import { toApiResponse } from '@/lib/http/api-response';

/** Staff and members by their session; a reporter by the short-lived link on their /track page (`?t=`). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const attachmentId = (await params).id;
    const token = new URL(request.url).searchParams.get('t');
    const { bytes, mimeType } =
      token !== null ? await readReporterAttachment({ attachmentId, token }) : await readAttachment({ actor: await getCurrentActor(), attachmentId });
    return new Response(Buffer.from(bytes), {
      headers: {
        'Content-Type': mimeType,
        // PDFs are downloaded, never rendered in our origin; images are shown inside a sandbox.
        'Content-Disposition': mimeType === 'application/pdf' ? 'attachment; filename="attachment.pdf"' : 'inline',
        'Content-Security-Policy': "default-src 'none'; img-src 'self'; sandbox",
        'Cache-Control': 'private, no-store',
        // The link is a key for a few minutes: never hand it on to another site.
        'Referrer-Policy': 'no-referrer',
      },
    });
  } catch (error) {
    return toApiResponse(error, 'review');
  }
}
