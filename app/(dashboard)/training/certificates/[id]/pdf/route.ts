import { getCurrentActor } from '@/lib/auth/session';
import { toApiResponse } from '@/lib/http/api-response';
import { getCertificatePdf } from '@/lib/training/certificates/get-certificate-pdf';

/** The holder's certificate as a PDF (lib/training/certificates/get-certificate-pdf.ts: holder only, audits each download). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { bytes, filename } = await getCertificatePdf({ actor: await getCurrentActor(), certificateId: (await params).id });
    return new Response(Buffer.from(bytes), {
      headers: {
        'Content-Type': 'application/pdf',
        'Content-Length': String(bytes.byteLength),
        'Content-Disposition': `attachment; filename="${filename}"`,
        'Content-Security-Policy': "default-src 'none'; sandbox",
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch (error) {
    return toApiResponse(error, 'certificates');
  }
}

/** Not answered: Next would run GET for a HEAD, rendering a PDF and auditing a download nobody made. */
export function HEAD() {
  return new Response(null, { status: 405, headers: { Allow: 'GET' } });
}
