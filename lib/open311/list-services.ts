import 'server-only';
import { getDb } from '@/lib/db/client';
import { AppError } from '@/lib/errors';
import type { Service, ServiceDefinition } from './schemas';

/** services.{fmt}: every report category is a service; its slug is the service_code. Public, as GeoReport has it. */
export async function listServices({ locale }: { locale: 'fa' | 'en' }): Promise<Service[]> {
  const db = await getDb();
  const categories = await db.category.findMany({ orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }], select: { slug: true, name: true, nameEn: true } });
  return categories.map((c) => ({
    service_code: c.slug,
    service_name: locale === 'en' ? c.nameEn : c.name,
    description: locale === 'en' ? c.name : c.nameEn,
    metadata: false,
    type: 'realtime',
    keywords: '',
    group: '',
  }));
}

/** services/{code}.{fmt}: a service's definition; Sajam asks for no attributes. NOT_FOUND for an unknown code. */
export async function getServiceDefinition({ code }: { code: string }): Promise<ServiceDefinition> {
  if (!/^[a-z0-9-]{1,64}$/.test(code)) throw new AppError('NOT_FOUND');
  const db = await getDb();
  const category = await db.category.findUnique({ where: { slug: code }, select: { slug: true } });
  if (!category) throw new AppError('NOT_FOUND');
  return { service_code: category.slug, attributes: [] };
}
