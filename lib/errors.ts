// One error type for the whole app. Each code maps once to an HTTP status and a message key
// (messages/*.json → "errors.<code>"), so no caller invents its own wording or status.
export const errorStatus = {
  VALIDATION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  LENGTH_REQUIRED: 411,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  RATE_LIMITED: 429,
  CONFIG: 500,
  INTERNAL: 500,
} as const;

export type ErrorCode = keyof typeof errorStatus;

// Next.js bundles server code more than once (route handlers, server actions, instrumentation), so an
// AppError made by one copy of this module is not `instanceof` another copy's class. A registered
// symbol is the same in every bundle: isAppError checks it instead.
const BRAND = Symbol.for('sajam.AppError');

export type AppErrorOptions = {
  fieldErrors?: Record<string, string[]>;
  /** RATE_LIMITED: seconds until the client may try again (the Retry-After header and the "wait N minutes" text). */
  retryAfterSeconds?: number;
  cause?: unknown;
};

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors?: Record<string, string[]>;
  readonly retryAfterSeconds?: number;
  readonly [BRAND] = true;

  constructor(code: ErrorCode, message?: string, options?: AppErrorOptions) {
    super(message ?? code, { cause: options?.cause });
    this.name = 'AppError';
    this.code = code;
    this.fieldErrors = options?.fieldErrors;
    this.retryAfterSeconds = options?.retryAfterSeconds;
  }

  get status(): number {
    return errorStatus[this.code];
  }
}

export function isAppError(error: unknown): error is AppError {
  return (
    typeof error === 'object' &&
    error !== null &&
    (error as Record<symbol, unknown>)[BRAND] === true &&
    typeof (error as AppError).code === 'string' &&
    (error as AppError).code in errorStatus
  );
}
