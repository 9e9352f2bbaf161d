import { servicesEndpoint } from '@/lib/open311/endpoints';

export const dynamic = 'force-dynamic';

/** GET /api/open311/v2/services.xml — the report categories (public). */
export const GET = (request: Request) => servicesEndpoint(request, 'xml');
