import { z } from 'zod';
import { parseTrustedProxies } from './http/client-address';
import { settingSchemas } from './settings/registry';

// Blank variables count as unset, so `FOO=` in a .env file does not defeat a default.
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), schema.optional());

// The values an administrator may override in the app (lib/settings/registry.ts): the same range there and here.
const setting = (kind: 'reviewDays' | 'graceDays' | 'wholeDays' | 'remindDays' | 'perPeriod' | 'countyThreshold', fallback: number) =>
  z.coerce.number().pipe(settingSchemas[kind]).default(fallback);

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** postgresql://… selects PostgreSQL; unset selects the embedded PGlite database. */
  DATABASE_URL: optional(z.string().regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must be a postgresql:// URL')),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  PGLITE_DATA_DIR: z.string().default('.data/pglite'),
  /** Apply pending migrations when the app opens the embedded database. */
  SAJAM_AUTO_MIGRATE: z.enum(['true', 'false']).default('true'),
  /** Signs sessions and keys the hashes of client addresses. Required with PostgreSQL. */
  NEXTAUTH_SECRET: optional(z.string().min(32, 'NEXTAUTH_SECRET must be at least 32 characters')),
  /**
   * The site's public URL: next-auth's login and logout redirects. Required in production on PostgreSQL;
   * `npm run demo` sets it to the address it listens on. Unset elsewhere, next-auth warns and falls back
   * to http://localhost:3000.
   */
  NEXTAUTH_URL: optional(z.url({ protocol: /^https?$/, error: 'NEXTAUTH_URL must be an http:// or https:// URL' })),
  /** Keys tracking-code hashes. Defaults to a key derived from NEXTAUTH_SECRET; set it to rotate the two independently. */
  SAJAM_TRACKING_KEY: optional(z.string().min(32, 'SAJAM_TRACKING_KEY must be at least 32 characters')),
  /** Encrypts national codes and mobiles at rest and keys their blind indexes. Defaults to a key derived from NEXTAUTH_SECRET. */
  SAJAM_DATA_KEY: optional(z.string().min(32, 'SAJAM_DATA_KEY must be at least 32 characters')),
  /** Public form limits per client (a keyed hash of its address). */
  SAJAM_RATE_SUBMIT_PER_HOUR: setting('perPeriod', 10),
  SAJAM_RATE_TRACK_PER_10MIN: setting('perPeriod', 20),
  /** One-time codes a client may ask for per hour (each mobile is limited separately to 3 per 15 minutes). */
  SAJAM_RATE_OTP_PER_HOUR: setting('perPeriod', 5),
  /**
   * Reverse proxies in front of the app, whose X-Forwarded-For entries are believed: a number of hops
   * (e.g. 1 behind one nginx) or a comma-separated list of addresses/CIDR ranges. Unset: none, and the
   * client is the TCP peer. See docs/deploy.md.
   */
  SAJAM_TRUSTED_PROXIES: optional(
    z.string().refine((v) => {
      try {
        parseTrustedProxies(v);
        return true;
      } catch {
        return false;
      }
    }, 'SAJAM_TRUSTED_PROXIES must be a number of hops or a comma-separated list of addresses/CIDR ranges'),
  ),
  /** Days a report may wait at each review stage before it is overdue. */
  SAJAM_DEADLINE_CORE_DAYS: setting('reviewDays', 3),
  SAJAM_DEADLINE_PROVINCE_DAYS: setting('reviewDays', 5),
  SAJAM_DEADLINE_NATIONAL_DAYS: setting('reviewDays', 7),
  /** Days past the deadline (after the reminder) before the stage is escalated to the next level. */
  SAJAM_ESCALATE_AFTER_DAYS: setting('graceDays', 2),
  // An agency's due dates for a referral, in Tehran calendar days, unless the agency has its own (issue #14;
  // 30 days to answer as CPGRAMS gives India's ministries).
  SAJAM_AGENCY_ACKNOWLEDGE_DAYS: setting('wholeDays', 7),
  SAJAM_AGENCY_ANSWER_DAYS: setting('wholeDays', 30),
  // Reminders go this many Tehran days before a referral's due date, again on the day, and the referral is
  // escalated to the national office the day after.
  SAJAM_AGENCY_REMIND_BEFORE_DAYS: setting('remindDays', 2),
  // How long after a case closes the reporter's "not satisfied" opens an appeal.
  SAJAM_APPEAL_DAYS: setting('wholeDays', 30),
  // A published outcome names its county only from this many published outcomes in it (issue #16).
  SAJAM_OUTCOME_COUNTY_THRESHOLD: setting('countyThreshold', 5),
  // The training gate (issue #15 stores it, issue #18 enforces it): members finish this course before reporting.
  SAJAM_TRAINING_GATE: z.enum(['on', 'off']).default('off'),
  SAJAM_TRAINING_COURSE: optional(settingSchemas.course.unwrap()),
  /** Background jobs (deadline sweep, notification delivery) in the server process. */
  SAJAM_JOBS: z.enum(['on', 'off']).default('on'),
  /** How notifications leave: "log" keeps them in the outbox only (development); real providers by configuration. */
  SAJAM_SMS_PROVIDER: z.enum(['log', 'http']).default('log'),
  /** The http SMS provider: a JSON POST {to, text} with a bearer token (adapt to the gateway you contract). */
  SAJAM_SMS_HTTP_URL: optional(z.url()),
  SAJAM_SMS_HTTP_TOKEN: optional(z.string()),
  SAJAM_EMAIL_PROVIDER: z.enum(['log', 'smtp']).default('log'),
  /** smtp://user:pass@host:587 */
  SAJAM_SMTP_URL: optional(z.string().regex(/^smtps?:\/\//, 'SAJAM_SMTP_URL must be an smtp:// or smtps:// URL')),
  SAJAM_MAIL_FROM: z.string().default('Sajam <no-reply@sajam.local>'),
  /** The operator's public contact address, shown on /contact (questions, privacy, accessibility problems); unset → the page says so. */
  SAJAM_CONTACT_EMAIL: optional(z.email()),
  /** The page /dev/outbox lists sent messages: on by default outside production, never by accident in it. */
  SAJAM_DEV_OUTBOX: optional(z.enum(['on', 'off'])),
  /** Vetting providers: the simulator, or HTTP services (JSON POST, bearer token) answering {outcome: "PASS"|"FAIL", reference}. */
  SAJAM_VETTING_PROVIDER: z.enum(['simulator', 'http']).default('simulator'),
  SAJAM_IDENTITY_HTTP_URL: optional(z.url()),
  /** Comma-separated name=url pairs, one per inquiry service, e.g. criminal-record=https://…,references=https://… */
  SAJAM_INQUIRY_HTTP_URLS: optional(z.string()),
  SAJAM_VETTING_HTTP_TOKEN: optional(z.string()),
  /** Where attachments go: the local disk (default) or an S3-compatible bucket. */
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  STORAGE_DIR: z.string().default('.data/uploads'),
  S3_ENDPOINT: optional(z.url()),
  S3_REGION: z.string().default('us-east-1'),
  S3_BUCKET: optional(z.string()),
  S3_ACCESS_KEY_ID: optional(z.string()),
  S3_SECRET_ACCESS_KEY: optional(z.string()),
});

export type Env = z.infer<typeof envSchema>;

/** Parsed on every call: cheap, and tests may change process.env between cases. */
export function getEnv(source: Record<string, string | undefined> = process.env): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const details = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid environment: ${details}`);
  }
  return parsed.data;
}

export function isEmbeddedDatabase(env: Env = getEnv()): boolean {
  return env.DATABASE_URL === undefined;
}

/**
 * Settings that depend on each other, checked once when the server starts (instrumentation.ts), so a
 * misconfigured deployment refuses to start with a clear message instead of failing at its first upload,
 * SMS or login. Returns one English sentence per problem (for operators); empty when all is well.
 */
export function configurationProblems(source: Record<string, string | undefined> = process.env): string[] {
  let env: Env;
  try {
    env = getEnv(source);
  } catch (error) {
    return [error instanceof Error ? error.message : 'Invalid environment'];
  }
  const problems: string[] = [];
  const need = (condition: boolean, what: string) => void (condition || problems.push(what));
  if (env.STORAGE_DRIVER === 's3') {
    need(
      Boolean(env.S3_ENDPOINT && env.S3_BUCKET && env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY),
      'STORAGE_DRIVER=s3 needs S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY',
    );
  }
  if (env.SAJAM_SMS_PROVIDER === 'http') need(Boolean(env.SAJAM_SMS_HTTP_URL), 'SAJAM_SMS_PROVIDER=http needs SAJAM_SMS_HTTP_URL');
  if (env.SAJAM_EMAIL_PROVIDER === 'smtp') need(Boolean(env.SAJAM_SMTP_URL), 'SAJAM_EMAIL_PROVIDER=smtp needs SAJAM_SMTP_URL');
  if (env.SAJAM_VETTING_PROVIDER === 'http') {
    need(
      Boolean(env.SAJAM_IDENTITY_HTTP_URL && env.SAJAM_INQUIRY_HTTP_URLS),
      'SAJAM_VETTING_PROVIDER=http needs SAJAM_IDENTITY_HTTP_URL and SAJAM_INQUIRY_HTTP_URLS',
    );
  }
  if (!isEmbeddedDatabase(env)) {
    need(Boolean(env.NEXTAUTH_SECRET), 'PostgreSQL (DATABASE_URL) needs NEXTAUTH_SECRET');
    // A real deployment keeps its stored data readable and its tracking codes valid when the session
    // secret is rotated: each key must be set on its own, and differ from the others.
    if (env.NODE_ENV === 'production') {
      // Without it next-auth sends every login and logout to http://localhost:3000.
      need(Boolean(env.NEXTAUTH_URL), 'production on PostgreSQL needs NEXTAUTH_URL, the public URL of the site (login and logout redirect there)');
      need(Boolean(env.SAJAM_DATA_KEY), 'production on PostgreSQL needs its own SAJAM_DATA_KEY (it encrypts national codes and mobiles)');
      need(Boolean(env.SAJAM_TRACKING_KEY), 'production on PostgreSQL needs its own SAJAM_TRACKING_KEY (it keys the tracking codes)');
      const keys = [env.NEXTAUTH_SECRET, env.SAJAM_DATA_KEY, env.SAJAM_TRACKING_KEY].filter(Boolean);
      need(new Set(keys).size === keys.length, 'NEXTAUTH_SECRET, SAJAM_DATA_KEY and SAJAM_TRACKING_KEY must all differ');
    }
  }
  if (env.SAJAM_TRAINING_GATE === 'on')
    need(Boolean(env.SAJAM_TRAINING_COURSE), 'SAJAM_TRAINING_GATE=on needs SAJAM_TRAINING_COURSE (the slug of the course members must finish)');
  if (env.SAJAM_DEV_OUTBOX === 'on' && env.NODE_ENV === 'production' && !isEmbeddedDatabase(env)) {
    problems.push('SAJAM_DEV_OUTBOX=on shows every one-time code to anyone: never on a PostgreSQL production deployment');
  }
  return problems;
}
