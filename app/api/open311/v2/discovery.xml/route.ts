import { discoveryEndpoint } from '@/lib/open311/endpoints';

export const dynamic = 'force-dynamic';

/** GET /api/open311/v2/discovery.xml — GeoReport discovery (public). */
export const GET = (request: Request) => discoveryEndpoint(request, 'xml');
