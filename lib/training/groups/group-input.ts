import 'server-only';
// The groups' forms as zod schemas (STYLE §5), shared by app/(dashboard)/training/groups/actions.ts and the tests.
// Messages are keys under `trainingGroups.errors`. Persian digits are accepted everywhere a number is typed.
import { z } from 'zod';
import { parseJalaliDate, tehranDayStart } from '@/lib/i18n/format';
import { normalizeIdentifier } from '@/lib/text/normalize';
import { requiredText } from '@/lib/text/schema';

/** Group names: 3–120 visible characters (issue #18 brief). */
export const GROUP_NAME = { min: 3, max: 120 } as const;
/** Posts and announcements: 1–2000 characters. */
export const POST_BODY = { min: 1, max: 2000 } as const;
/** A hidden post's reason: 3–300 characters. */
export const HIDE_REASON = { min: 3, max: 300 } as const;
/** A session lasts 15 minutes to 8 hours. */
export const SESSION_MINUTES = { min: 15, max: 480 } as const;
export const SESSION_TITLE = { min: 3, max: 200 } as const;
export const ROOM_URL_MAX = 500;
/** Lines one add-members form may carry: a large class, not a bulk import. */
export const MAX_MEMBER_LINES = 200;

const uuid = (message: string) => z.uuid({ error: message });
const digits = (v: unknown) => (typeof v === 'string' ? normalizeIdentifier(v) : v);

/**
 * Query parameter names that carry a secret in a meeting link: BigBlueButton's join API puts the room's
 * password and a `checksum` made with the server's shared secret in the URL; other services use `token`, `key`
 * or `auth`; Jitsi a `jwt`; some a `session` id. A link the whole group reads must be the room's public address, never a signed join URL.
 */
const SECRET_PARAM = /pass|pwd|secret|token|checksum|api[-_]?key|^key$|auth|sig|jwt|session/i;

/**
 * The room link rule (no host allow-list; any service the province uses): an absolute `https:` URL of at most
 * ROOM_URL_MAX characters, with a host name, no user name or password (`https://user:pw@host/`), and no query
 * or fragment parameter whose name reads as a secret (SECRET_PARAM). Returns the URL as the WHATWG parser serialises it, or null.
 */
export function parseRoomUrl(input: string): string | null {
  const raw = input.trim();
  if (raw.length === 0 || raw.length > ROOM_URL_MAX || /\s/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !url.hostname || url.username || url.password) return null;
  for (const name of url.searchParams.keys()) if (SECRET_PARAM.test(name)) return null;
  // Some services carry the secret after '#' (`#token=…`, `#access_token=…`): read the fragment as parameters too.
  for (const name of new URLSearchParams(url.hash.slice(1)).keys()) if (SECRET_PARAM.test(name)) return null;
  const out = url.toString();
  return out.length <= ROOM_URL_MAX ? out : null;
}

/** «۱۸:۳۰», «9:05» → minutes after midnight; null unless a real time of day HH:MM. */
export function parseTimeOfDay(input: string): number | null {
  const match = /^(\d{1,2}):(\d{2})$/.exec(normalizeIdentifier(input));
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  return h < 24 && m < 60 ? h * 60 + m : null;
}

/**
 * A Jalali date and a time of day in Tehran as one instant. Iran has kept no daylight saving since 1401 (2022),
 * so the day's Tehran midnight (lib/i18n/format) plus the minutes is exact.
 */
export function tehranInstant(day: Date, minutesOfDay: number): Date {
  return new Date(tehranDayStart(day).getTime() + minutesOfDay * 60_000);
}

export const createGroupSchema = z.object({
  kind: z.enum(['MEMBERS', 'TRAINERS'], { error: 'kind' }),
  name: requiredText({ min: GROUP_NAME.min, max: GROUP_NAME.max, tooShort: 'name' }),
  courseId: uuid('course'),
  // TRAINERS groups only: the workshop group and the national trainer who runs it.
  workshopGroup: z.preprocess(
    (v) => (v === '' || v === undefined ? undefined : Number(digits(v))),
    z.number().int().min(1, 'workshopGroup').max(4, 'workshopGroup').optional(),
  ),
  trainerId: z.preprocess((v) => (v === '' ? undefined : v), uuid('trainer').optional()),
});
export type CreateGroupInput = z.infer<typeof createGroupSchema>;

export const addMembersSchema = z.object({
  groupId: uuid('group'),
  lines: z
    .string({ error: 'lines' })
    .transform((v) => [
      ...new Set(
        v
          .split(/[\n\r,،;]+/)
          .map(normalizeIdentifier)
          .filter(Boolean),
      ),
    ])
    .refine((v) => v.length > 0, 'lines')
    .refine((v) => v.length <= MAX_MEMBER_LINES, 'tooManyLines'),
});
export type AddMembersInput = z.infer<typeof addMembersSchema>;

export const removeMemberSchema = z.object({ groupId: uuid('group'), userId: uuid('learner') });

export const scheduleSessionSchema = z
  .object({
    groupId: uuid('group'),
    title: requiredText({ min: SESSION_TITLE.min, max: SESSION_TITLE.max, tooShort: 'sessionTitle' }),
    date: z.string({ error: 'date' }).transform((v, ctx) => parseJalaliDate(v) ?? (ctx.addIssue({ code: 'custom', message: 'date' }), z.NEVER)),
    time: z.string({ error: 'time' }).transform((v, ctx) => parseTimeOfDay(v) ?? (ctx.addIssue({ code: 'custom', message: 'time' }), z.NEVER)),
    minutes: z.preprocess(
      (v) => (typeof v === 'string' && /^\d{1,4}$/.test(normalizeIdentifier(v)) ? Number(normalizeIdentifier(v)) : v),
      z.number({ error: 'minutes' }).int('minutes').min(SESSION_MINUTES.min, 'minutes').max(SESSION_MINUTES.max, 'minutes'),
    ),
    roomUrl: z.string({ error: 'roomUrl' }).transform((v, ctx) => parseRoomUrl(v) ?? (ctx.addIssue({ code: 'custom', message: 'roomUrl' }), z.NEVER)),
  })
  .transform(({ date, time, ...rest }) => ({ ...rest, startsAt: tehranInstant(date, time) }));
export type ScheduleSessionInput = z.infer<typeof scheduleSessionSchema>;

/** The attendance form: the session, and one `present` checkbox per learner ticked (its value the learner's id). */
export function parseAttendanceForm(formData: FormData) {
  return z
    .object({ sessionId: uuid('session'), present: z.array(uuid('learner')).max(1000, 'learner') })
    .safeParse({ sessionId: formData.get('sessionId'), present: formData.getAll('present') });
}
export type AttendanceInput = { sessionId: string; present: string[] };

const body = requiredText({ min: POST_BODY.min, max: POST_BODY.max, tooShort: 'body', tooLong: 'bodyTooLong' });
export const announcementSchema = z.object({ groupId: uuid('group'), body });
export const postSchema = z.object({ groupId: uuid('group'), body });
export const hidePostSchema = z.object({
  postId: uuid('post'),
  reason: requiredText({ min: HIDE_REASON.min, max: HIDE_REASON.max, tooShort: 'reason' }),
});
