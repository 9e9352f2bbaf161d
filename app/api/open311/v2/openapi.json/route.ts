import { openApiEndpoint } from '@/lib/open311/endpoints';

export const dynamic = 'force-dynamic';

/** GET /api/open311/v2/openapi.json — the OpenAPI 3.1 document, generated from the answers' zod schemas. */
export const GET = (request: Request) => openApiEndpoint(request);
