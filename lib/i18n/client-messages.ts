/**
 * The message namespaces client components read (useTranslations in the browser). Only these go into
 * every page's flight data: the whole catalogue (staff, vetting, information pages…) had grown to 40 KB
 * on every public page (docs/benchmarks.md). Server components read every namespace on the server.
 * client-messages.test.ts fails when a component reads a namespace missing here.
 */
export const CLIENT_NAMESPACES = [
  'application',
  'cores',
  'error',
  'join',
  'login',
  'mobileCode',
  'outcomes',
  'passwordField',
  'passwordReset',
  'publishOutcome',
  'reportForm',
  'review',
  'sharedErrors',
  'status',
  'track',
  'trackCase',
  'upload',
  'vetting',
] as const;

/** The catalogue narrowed to the client's namespaces. */
export function clientMessages<M extends Record<string, unknown>>(messages: M): Partial<M> {
  return Object.fromEntries(Object.entries(messages).filter(([ns]) => (CLIENT_NAMESPACES as readonly string[]).includes(ns))) as Partial<M>;
}
