import { outcomesDownload } from '@/lib/open-data/outcomes-download';

export const dynamic = 'force-dynamic';

/** GET /api/open-data/outcomes.json — every published outcome as a JSON array (docs/open-data.md "Published outcomes"). */
export function GET(request: Request) {
  return outcomesDownload(request, 'json');
}
