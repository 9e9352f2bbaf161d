import { toApiResponse } from '@/lib/http/api-response';
import { reportFormOptions } from '@/lib/reports/form-options';

export const dynamic = 'force-dynamic';

/**
 * GET /api/reports/options — the ids POST /api/reports takes, with their Persian and English names:
 * categories, the priority topics open today, provinces with their counties (docs/api.md). The same
 * choices the public report form shows, so nothing here is private.
 */
export async function GET() {
  try {
    return Response.json(await reportFormOptions({ purpose: 'create' }), { headers: { 'Cache-Control': 'public, max-age=60' } });
  } catch (error) {
    return toApiResponse(error, 'reportForm');
  }
}
