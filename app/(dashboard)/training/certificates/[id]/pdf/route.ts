import { getCurrentActor } from '@/lib/auth/session';
import { toApiResponse } from '@/lib/http/api-response';
import { pdfDownload, refuseHead } from '@/lib/http/pdf-download';
import { getCertificatePdf } from '@/lib/training/certificates/get-certificate-pdf';

/** The holder's certificate as a PDF (lib/training/certificates/get-certificate-pdf.ts: holder only, audits each download). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { bytes, filename } = await getCertificatePdf({ actor: await getCurrentActor(), certificateId: (await params).id });
    return pdfDownload(bytes, filename);
  } catch (error) {
    return toApiResponse(error, 'certificates');
  }
}

export const HEAD = refuseHead;
