import { postUpdateEndpoint, updatesEndpoint } from '@/lib/open311/endpoints';

export const dynamic = 'force-dynamic';

/** GET /api/open311/v2/servicerequestupdates.xml — updates on this agency's referrals (key required). */
export const GET = (request: Request) => updatesEndpoint(request, 'xml');

/** POST /api/open311/v2/servicerequestupdates.xml — the agency's update, one referral move (key required). */
export const POST = (request: Request) => postUpdateEndpoint(request, 'xml');
