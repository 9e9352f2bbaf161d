import { Prisma } from '@/lib/generated/prisma/client';

/** A unique constraint refused the write: P2002 from the ORM, or PostgreSQL's 23505 from a raw query. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return false;
  if (error.code === 'P2002') return true;
  const meta = error.meta as { code?: string; driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } | undefined;
  return meta?.code === '23505' || meta?.driverAdapterError?.cause?.originalCode === '23505' || meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation';
}
