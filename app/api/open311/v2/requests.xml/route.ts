import { requestsEndpoint } from '@/lib/open311/endpoints';

export const dynamic = 'force-dynamic';

/** GET /api/open311/v2/requests.xml — this agency's referrals (key required). */
export const GET = (request: Request) => requestsEndpoint(request, 'xml');
