import { describe, expect, it } from 'vitest';
import { addMembersSchema, createGroupSchema, MAX_MEMBER_LINES, parseRoomUrl, parseTimeOfDay, scheduleSessionSchema, tehranInstant } from './group-input';

const GROUP = '0190a3b4-1c2d-7e3f-8a4b-5c6d7e8f9a0b';

describe('parseRoomUrl: https, no credentials, at most 500 characters, any host', () => {
  it.each([
    ['https://bbb.example.ir/b/abc-def-ghi', 'https://bbb.example.ir/b/abc-def-ghi'],
    ['  https://www.skyroom.online/ch/sajam/class-1  ', 'https://www.skyroom.online/ch/sajam/class-1'],
    ['https://meet.example.com/room?lang=fa', 'https://meet.example.com/room?lang=fa'],
    ['https://meet.example.com/room#lobby', 'https://meet.example.com/room#lobby'],
  ])('accepts %s', (input, out) => expect(parseRoomUrl(input)).toBe(out));

  it.each([
    ['http://bbb.example.ir/b/abc', 'not https'],
    ['javascript:alert(1)', 'a script'],
    ['https://user:secret@bbb.example.ir/b/abc', 'a password in the URL'],
    ['https://user@bbb.example.ir/b/abc', 'a user name'],
    ['https://bbb.example.ir/bigbluebutton/api/join?meetingID=1&password=mp&checksum=ab12', "BigBlueButton's signed join"],
    ['https://x.example/room?token=abc', 'a token'],
    ['https://meet.example/room?jwt=eyJhbGciOi', "Jitsi's signed jwt"],
    ['https://x.example/join?session=abc123', 'a session id'],
    ['https://x.example/join?sessionid=abc123', 'a session id, run together'],
    ['https://x.example/room?api_key=abc', 'an API key'],
    ['https://x.example/room?pwd=abc', 'a password parameter'],
    ['https://evil.example/x#token=abc', 'a token in the fragment'],
    ['https://x.example/room#/join?access_token=abc', 'a token in a fragment route'],
    ['/relative/room', 'relative'],
    ['https://x.example/ room', 'a space'],
    [`https://x.example/${'a'.repeat(490)}`, 'too long'],
    ['', 'empty'],
  ])('refuses %s (%s)', (input) => expect(parseRoomUrl(input)).toBeNull());
});

describe('times and dates in Tehran', () => {
  it('reads HH:MM in any digits', () => {
    expect(parseTimeOfDay('۱۸:۳۰')).toBe(18 * 60 + 30);
    expect(parseTimeOfDay('9:05')).toBe(9 * 60 + 5);
    expect(parseTimeOfDay('24:00')).toBeNull();
    expect(parseTimeOfDay('12:60')).toBeNull();
    expect(parseTimeOfDay('1830')).toBeNull();
  });

  it('makes one instant of a Jalali day and a Tehran time (UTC+03:30, no daylight saving)', () => {
    const parsed = scheduleSessionSchema.parse({
      groupId: GROUP,
      title: ' جلسه اول ',
      date: '۱۴۰۵/۰۹/۲۰',
      time: '۱۸:۰۰',
      minutes: '۹۰',
      roomUrl: 'https://bbb.example.ir/b/x',
    });
    // 1405/09/20 is 2026-12-11; 18:00 in Tehran is 14:30 UTC.
    expect(parsed).toEqual({
      groupId: GROUP,
      title: 'جلسه اول',
      minutes: 90,
      roomUrl: 'https://bbb.example.ir/b/x',
      startsAt: new Date('2026-12-11T14:30:00Z'),
    });
    expect(tehranInstant(new Date(Date.UTC(2026, 5, 21)), 0)).toEqual(new Date('2026-06-20T20:30:00Z'));
  });

  it('names each bad field', () => {
    const result = scheduleSessionSchema.safeParse({ groupId: GROUP, title: 'ج', date: '1405/13/01', time: '25:00', minutes: '10', roomUrl: 'http://x' });
    expect(result.success).toBe(false);
    const fields = result.error!.issues.map((i) => [i.path[0], i.message]);
    expect(fields).toEqual(
      expect.arrayContaining([
        ['title', 'sessionTitle'],
        ['date', 'date'],
        ['time', 'time'],
        ['minutes', 'minutes'],
        ['roomUrl', 'roomUrl'],
      ]),
    );
    expect(
      scheduleSessionSchema.safeParse({ groupId: GROUP, title: 'جلسه', date: '1405/09/20', time: '10:00', minutes: '481', roomUrl: 'https://x.example/' })
        .success,
    ).toBe(false);
  });
});

describe('the other forms', () => {
  it('splits member lines on new lines and commas, normalises and de-duplicates them', () => {
    const parsed = addMembersSchema.parse({ groupId: GROUP, lines: '\u200e۲۳‐۱۴۰۵‐۰۰۰۱۲\r\n23-1405-00012، 23-1405-00013\n\n  Trainer@Example.ir ' });
    expect(parsed.lines).toEqual(['23-1405-00012', '23-1405-00013', 'Trainer@Example.ir']);
    expect(addMembersSchema.safeParse({ groupId: GROUP, lines: ' \n ' }).success).toBe(false);
    const many = Array.from({ length: MAX_MEMBER_LINES + 1 }, (_, i) => `c-${i}`).join('\n');
    expect(addMembersSchema.safeParse({ groupId: GROUP, lines: many }).error?.issues[0]?.message).toBe('tooManyLines');
  });

  it('a group name is 3–120 characters once normalised; the workshop group 1–4 in any digits', () => {
    const base = { kind: 'TRAINERS', courseId: GROUP, trainerId: GROUP };
    expect(createGroupSchema.parse({ ...base, name: ' كارگاه ', workshopGroup: '۴' })).toMatchObject({ name: 'کارگاه', workshopGroup: 4 });
    expect(createGroupSchema.safeParse({ ...base, name: 'ab\u200b', workshopGroup: '1' }).success).toBe(false);
    expect(createGroupSchema.safeParse({ ...base, name: 'x'.repeat(121), workshopGroup: '1' }).success).toBe(false);
    expect(createGroupSchema.safeParse({ ...base, name: 'کارگاه', workshopGroup: '5' }).success).toBe(false);
    expect(createGroupSchema.parse({ kind: 'MEMBERS', name: 'گروه', courseId: GROUP, workshopGroup: '', trainerId: '' })).toEqual({
      kind: 'MEMBERS',
      name: 'گروه',
      courseId: GROUP,
    });
  });
});
