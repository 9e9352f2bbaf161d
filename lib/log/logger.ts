import 'server-only';
import { randomBytes } from 'node:crypto';
import pino, { type Logger } from 'pino';

// The one logger (pino, JSON lines on stdout). What may reach the log: event names, ids we mint, error
// class names, codes and stack frames. Never an error's message (a database error quotes the values it
// refused, a validation error the input), never bodies, headers, addresses, report text or personal
// data: the anonymity promise covers the log too (lib/reports/anonymity.integration.test.ts).

/** Keys blanked wherever they appear in a logged object, as a second line of defence. */
export const REDACTED_KEYS = [
  'body',
  'headers',
  'cookie',
  'authorization',
  'password',
  'code',
  'mobile',
  'email',
  'nationalCode',
  'description',
  'placeDescription',
  'contactName',
  'contactPhone',
  'contactEmail',
  'address',
  'ip',
  'message',
  'text',
  'note',
  'publicNote',
  'internalNote',
];

export function createLogger(destination?: pino.DestinationStream): Logger {
  const paths = REDACTED_KEYS.flatMap((k) => [k, `*.${k}`, `*.*.${k}`]);
  return pino({ base: { service: 'sajam' }, level: process.env.LOG_LEVEL ?? 'info', redact: { paths, censor: '[redacted]' } }, destination);
}

const g = globalThis as { __sajamLogger?: Logger };
export const log: Logger = (g.__sajamLogger ??= createLogger());

/** An error as it may be logged: its class, a short code if it has one, and where it was thrown — not its message. */
export function describeError(error: unknown): { type: string; errorCode?: string; frames: string[] } {
  if (!(error instanceof Error)) return { type: typeof error, frames: [] };
  const raw = (error as { code?: unknown }).code;
  const errorCode = typeof raw === 'string' && /^[A-Z][A-Z0-9_]{1,40}$/.test(raw) ? raw : undefined;
  // The first stack line repeats the message; only the "at …" frames are kept.
  const frames = (error.stack ?? '')
    .split('\n')
    .filter((line) => /^\s+at /.test(line))
    .slice(0, 12)
    .map((line) => line.trim());
  return { type: error.name || error.constructor?.name || 'Error', errorCode, frames };
}

/**
 * Logs an unexpected error with a short id and returns the id, which the person sees ("error 3f9a2c1b")
 * so that a report to the operators finds the log line. Nothing in the line comes from user input.
 */
export function logUnexpected(error: unknown, where: string, logger: Logger = log): string {
  const errorId = randomBytes(4).toString('hex');
  logger.error({ errorId, where, err: describeError(error) }, 'unexpected error');
  return errorId;
}
