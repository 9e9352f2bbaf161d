import { getCurrentActor } from '@/lib/auth/session';
import { getAnnualReportFile } from '@/lib/annual-report/get-annual-report-file';
import { toApiResponse } from '@/lib/http/api-response';
import { pdfDownload, refuseHead } from '@/lib/http/pdf-download';

/** A finished annual report's PDF, for the staff who may see it (lib/annual-report/get-annual-report-file.ts audits each download). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { bytes, filename } = await getAnnualReportFile({ actor: await getCurrentActor(), reportId: (await params).id });
    return pdfDownload(bytes, filename);
  } catch (error) {
    return toApiResponse(error, 'annualReports');
  }
}

export const HEAD = refuseHead;
