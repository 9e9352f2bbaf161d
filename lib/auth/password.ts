// argon2id through @node-rs/argon2 (prebuilt binaries, no install script). OWASP's minimum
// profile (19 MiB, 2 passes) keeps a login near 30 ms on this 2-core machine.
import { hash, verify } from '@node-rs/argon2';

const options = {
  algorithm: 2 /* Algorithm.Argon2id: a const enum, which isolatedModules cannot read */,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

let dummyHash: Promise<string> | undefined;

/** Spends a verification's worth of time, so an unknown account answers as slowly as a wrong password. */
export async function verifyAgainstNothing(password: string): Promise<false> {
  dummyHash ??= hash('sajam-no-such-account', options);
  await verifyPassword(await dummyHash, password);
  return false;
}
