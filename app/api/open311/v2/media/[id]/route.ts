import { toApiResponse } from '@/lib/http/api-response';
import { readMedia } from '@/lib/open311/read-media';

export const dynamic = 'force-dynamic';

/** GET /api/open311/v2/media/{attachment id}?r=<referral>&t=<token> — a media_url: one cleaned attachment, by its signed link. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const url = new URL(request.url);
    const { bytes, mimeType } = await readMedia({
      attachmentId: (await params).id,
      referralId: url.searchParams.get('r') ?? '',
      token: url.searchParams.get('t') ?? '',
    });
    return new Response(Buffer.from(bytes), {
      headers: {
        'Content-Type': mimeType,
        'Content-Disposition': mimeType === 'application/pdf' ? 'attachment; filename="attachment.pdf"' : 'inline',
        'Content-Security-Policy': "default-src 'none'; img-src 'self'; sandbox",
        'Cache-Control': 'private, no-store',
        'Referrer-Policy': 'no-referrer',
      },
    });
  } catch (error) {
    return toApiResponse(error, 'review');
  }
}
