import { serviceDefinitionEndpoint } from '@/lib/open311/endpoints';

export const dynamic = 'force-dynamic';

/** GET /api/open311/v2/services/{service_code}.{json|xml} — a service's definition (public). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return serviceDefinitionEndpoint(request, (await params).file);
}
