import { requestEndpoint } from '@/lib/open311/endpoints';

export const dynamic = 'force-dynamic';

/** GET /api/open311/v2/requests/{service_request_id}.{json|xml} — one of this agency's referrals (key required). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return requestEndpoint(request, (await params).file);
}
