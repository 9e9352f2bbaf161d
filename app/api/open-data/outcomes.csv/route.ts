import { outcomesDownload } from '@/lib/open-data/outcomes-download';

export const dynamic = 'force-dynamic';

/** GET /api/open-data/outcomes.csv — every published outcome as CSV (docs/open-data.md "Published outcomes"). */
export function GET(request: Request) {
  return outcomesDownload(request, 'csv');
}
