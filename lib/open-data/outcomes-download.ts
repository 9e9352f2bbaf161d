import 'server-only';
import { clientKey } from '@/lib/crypto/client-key';
import { toApiResponse } from '@/lib/http/api-response';
import { exportPublicOutcomes } from '@/lib/outcomes/export-public-outcomes';
import { outcomeFiltersSchema } from '@/lib/outcomes/outcome-filters';
import { consumeLimit } from '@/lib/rate-limit/public-limits';

/** How long a client or a proxy may keep a download: outcomes change when staff publish, not by the second. */
export const OPEN_DATA_MAX_AGE = 300;

const HEADERS = {
  csv: { 'Content-Type': 'text/csv; charset=utf-8; header=present', 'Content-Disposition': 'attachment; filename="sajam-outcomes.csv"' },
  json: { 'Content-Type': 'application/json; charset=utf-8', 'Content-Disposition': 'inline; filename="sajam-outcomes.json"' },
} as const;

/**
 * GET /api/open-data/outcomes.csv|json: every published outcome matching the query's filters (the same as
 * /outcomes), streamed. A malformed filter is a 400 with Persian messages, not a silent full download;
 * more than OPEN_DATA_DOWNLOADS_PER_HOUR downloads from one client an hour is a 429 with Retry-After.
 */
export async function outcomesDownload(request: Request, format: 'csv' | 'json'): Promise<Response> {
  try {
    const url = new URL(request.url);
    // One value per name (the first), as the page reads its query.
    const query = Object.fromEntries([...new Set(url.searchParams.keys())].map((key) => [key, url.searchParams.get(key)]));
    const parsed = outcomeFiltersSchema.safeParse(query);
    if (!parsed.success) throw parsed.error;
    await consumeLimit('openData', clientKey(request.headers));
    return new Response(exportPublicOutcomes({ filters: parsed.data, format }), {
      headers: { ...HEADERS[format], 'Cache-Control': `public, max-age=${OPEN_DATA_MAX_AGE}`, 'X-Content-Type-Options': 'nosniff' },
    });
  } catch (error) {
    return toApiResponse(error, 'openData');
  }
}
