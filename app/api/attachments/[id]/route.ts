import { getCurrentActor } from '@/lib/auth/session';
import { readAttachment } from '@/lib/attachments/read-attachment';
import { toApiResponse } from '@/lib/http/api-response';

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { bytes, mimeType } = await readAttachment({ actor: await getCurrentActor(), attachmentId: (await params).id });
    return new Response(Buffer.from(bytes), {
      headers: {
        'Content-Type': mimeType,
        // PDFs are downloaded, never rendered in our origin; images are shown inside a sandbox.
        'Content-Disposition': mimeType === 'application/pdf' ? 'attachment; filename="attachment.pdf"' : 'inline',
        'Content-Security-Policy': "default-src 'none'; img-src 'self'; sandbox",
        'Cache-Control': 'private, no-store',
      },
    });
  } catch (error) {
    return toApiResponse(error, 'review');
  }
}
