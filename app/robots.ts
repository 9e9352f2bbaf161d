import type { MetadataRoute } from 'next';

/**
 * Public pages may be indexed; the private ones (staff dashboards, a case's page, the applicant's forms,
 * the tracking page, which shows a report only behind its code) are asked to stay out of indexes.
 * Access itself is decided by the pages, never by this file.
 */
export default function robots(): MetadataRoute.Robots {
  return {
    rules: {
      userAgent: '*',
      allow: ['/', '/report', '/join', '/help', '/safety', '/privacy', '/accessibility', '/contact'],
      disallow: [
        '/api/',
        '/track',
        '/login',
        '/dev/',
        '/dashboard',
        '/member',
        '/core',
        '/province',
        '/national',
        '/agency',
        '/training',
        '/admin',
        '/reports/',
        '/application',
        '/applications',
        '/cores',
      ],
    },
  };
}
