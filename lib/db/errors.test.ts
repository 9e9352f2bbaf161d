import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { isUniqueViolation } from './errors';

describe('isUniqueViolation', () => {
  it("recognises the ORM's unique violation, also when made by another bundle's copy of the client", () => {
    const own = new Prisma.PrismaClientKnownRequestError('Unique constraint failed', { code: 'P2002', clientVersion: 'test' });
    expect(isUniqueViolation(own)).toBe(true);
    // What another bundle throws: the same shape, a different class.
    class PrismaClientKnownRequestError extends Error {
      name = 'PrismaClientKnownRequestError';
      code = 'P2010';
      meta = { driverAdapterError: { cause: { originalCode: '23505' } } };
    }
    expect(isUniqueViolation(new PrismaClientKnownRequestError())).toBe(true);
  });

  it('is false for anything else', () => {
    expect(isUniqueViolation(new Prisma.PrismaClientKnownRequestError('Foreign key', { code: 'P2003', clientVersion: 'test' }))).toBe(false);
    for (const other of [new Error('P2002'), { code: 'P2002' }, null, 'P2002']) expect(isUniqueViolation(other)).toBe(false);
  });
});
