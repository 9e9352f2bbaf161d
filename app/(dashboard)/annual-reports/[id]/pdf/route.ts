import { getCurrentActor } from '@/lib/auth/session';
import { getAnnualReportFile } from '@/lib/annual-report/get-annual-report-file';
import { toApiResponse } from '@/lib/http/api-response';

/** A finished annual report's PDF, for the staff who may see it (lib/annual-report/get-annual-report-file.ts audits each download). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    const { bytes, filename } = await getAnnualReportFile({ actor: await getCurrentActor(), reportId: (await params).id });
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
    return toApiResponse(error, 'annualReports');
  }
}

/** Not answered: Next would run GET for a HEAD, reading the file and auditing a download nobody made. */
export function HEAD() {
  return new Response(null, { status: 405, headers: { Allow: 'GET' } });
}
