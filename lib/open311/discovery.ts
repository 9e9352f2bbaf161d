import 'server-only';
import { getEnv } from '@/lib/env';
import type { Discovery } from './schemas';

/** When this API's shape last changed (GeoReport's `changeset`); move it with every change to docs/api.md. */
export const API_CHANGESET = '2026-12-03T00:00:00Z';

/** discovery.{fmt}: where the API is and what it speaks. Public. */
export function discovery({ baseUrl }: { baseUrl: string }): Discovery {
  return {
    changeset: API_CHANGESET,
    contact: getEnv().SAJAM_CONTACT_EMAIL ?? '',
    key_service: 'Keys are issued per agency by the Sajam system administrator; see /api/open311/v2/openapi.json and docs/api.md.',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url: new URL('/api/open311/v2', baseUrl).toString(),
        changeset: API_CHANGESET,
        type: 'production',
        formats: ['application/json', 'text/xml'],
      },
    ],
  };
}
