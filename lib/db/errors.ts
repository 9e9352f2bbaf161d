/**
 * A unique constraint refused the write: P2002 from the ORM, or PostgreSQL's 23505 from a raw query.
 * Decided by shape, not `instanceof Prisma.PrismaClientKnownRequestError`: the client lives on
 * globalThis and may have been created by another bundle's copy of the generated module, whose error
 * class is a different object (the same fault as issue #9's rate limits).
 */
export function isUniqueViolation(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || (error as { name?: unknown }).name !== 'PrismaClientKnownRequestError') return false;
  const { code, meta } = error as { code?: unknown; meta?: { code?: string; driverAdapterError?: { cause?: { originalCode?: string; kind?: string } } } };
  if (code === 'P2002') return true;
  return (
    meta?.code === '23505' || meta?.driverAdapterError?.cause?.originalCode === '23505' || meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation'
  );
}
