import { openDataIndex } from '@/lib/open-data/datasets';

export const dynamic = 'force-dynamic';

/** GET /api/open-data — the index of Sajam's open data: every dataset with its CSV and JSON address, the licence and the refresh schedule (docs/open-data.md). */
export function GET() {
  return Response.json(openDataIndex(), { headers: { 'Cache-Control': 'public, max-age=300' } });
}
