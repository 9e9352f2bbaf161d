import { describe, expect, it } from 'vitest';
import { CopyRows, SchemaMismatch, columnProblems, field } from './seed-large/copy';

const column = (column_name: string, required = false, extra: { column_default?: string; is_generated?: 'ALWAYS'; is_identity?: 'YES' } = {}) => ({
  column_name,
  is_nullable: required ? ('NO' as const) : ('YES' as const),
  column_default: extra.column_default ?? null,
  is_generated: extra.is_generated ?? ('NEVER' as const),
  is_identity: extra.is_identity ?? ('NO' as const),
});

describe('COPY rows of the large seed', () => {
  it('escapes what would break a row and writes arrays as PostgreSQL literals', () => {
    expect(field(null)).toBe('\\N');
    expect(field(undefined)).toBe('\\N');
    expect(field('a\tb\nc\\d\re')).toBe('a\\tb\\nc\\\\d\\re');
    expect(field(new Date('2026-11-29T10:00:00Z'))).toBe('2026-11-29T10:00:00.000Z');
    expect(field(['MEMBER', 'CORE_HEAD'])).toBe('{"MEMBER","CORE_HEAD"}');
    expect(field(['a"b'])).toBe('{"a\\\\"b"}');
    expect(field(false)).toBe('false');
  });

  it('derives the column list from the first row and refuses a row that fills other columns', () => {
    const schema = new Map([['Referral', ['id', 'reportId', 'agencyId', 'status'].map((c) => column(c, true))]]);
    const rows = new CopyRows('Referral', schema);
    rows.push({ id: 'r1', reportId: 'p1', agencyId: 'a1', status: 'PENDING' });
    expect(rows.columns).toEqual(['id', 'reportId', 'agencyId', 'status']);
    expect(rows.lines).toEqual(['r1\tp1\ta1\tPENDING\n']);
    expect(() => rows.push({ id: 'r2', reportId: 'p2', agencyId: 'a2' })).toThrow(/Referral: every row must fill the same columns/);
    expect(() => rows.push({ reportId: 'p2', id: 'r2', agencyId: 'a2', status: 'PENDING' })).toThrow(/same order/);
  });

  it('encodes a referral history row: enums, nulls, booleans and the due date', () => {
    const names = ['id', 'referralId', 'agencyId', 'kind', 'due', 'dueAt', 'dueToday', 'note', 'createdAt'];
    const rows = new CopyRows('ReferralEvent', new Map([['ReferralEvent', names.map((c) => column(c, c === 'id'))]]));
    const at = new Date('2026-03-20T20:30:00Z');
    rows.push({ id: 'e1', referralId: 'r1', agencyId: 'a1', kind: 'REMINDED', due: 'ANSWER', dueAt: at, dueToday: true, note: null, createdAt: at });
    rows.push({
      id: 'e2',
      referralId: 'r1',
      agencyId: 'a1',
      kind: 'RESPONDED',
      due: null,
      dueAt: null,
      dueToday: false,
      note: 'خط اول\nخط دوم',
      createdAt: at,
    });
    expect(rows.lines).toEqual([
      'e1\tr1\ta1\tREMINDED\tANSWER\t2026-03-20T20:30:00.000Z\ttrue\t\\N\t2026-03-20T20:30:00.000Z\n',
      'e2\tr1\ta1\tRESPONDED\t\\N\t\\N\tfalse\tخط اول\\nخط دوم\t2026-03-20T20:30:00.000Z\n',
    ]);
  });

  it('checks the first row against the live table before encoding anything', () => {
    const schema = new Map([['Referral', [column('id', true), column('reportId', true), column('agencyId', true), column('dueAt', true)]]]);
    const rows = new CopyRows('Referral', schema);
    expect(() => rows.push({ id: 'r1', reportId: 'p1', agencyId: 'a1', status: 'PENDING' })).toThrow(SchemaMismatch);
    expect(() => rows.push({ id: 'r1', reportId: 'p1', agencyId: 'a1', status: 'PENDING' })).toThrow(
      /column "status" of table "Referral" does not exist[^]*column "dueAt" of table "Referral" is required/,
    );
    expect(rows.lines).toEqual([]);
  });

  it('names the table and column when the database and the seed disagree', () => {
    const live = [
      column('id', true),
      column('email'),
      column('mobileEnc'),
      column('passwordHash', true),
      column('createdAt', true, { column_default: 'CURRENT_TIMESTAMP' }),
      column('searchVector', false, { is_generated: 'ALWAYS' }),
    ];
    expect(columnProblems('User', live, ['id', 'email', 'passwordHash'])).toEqual([]);
    expect(columnProblems('User', live, ['id', 'mobile', 'passwordHash'])).toEqual(['column "mobile" of table "User" does not exist (the seed fills it)']);
    expect(columnProblems('User', live, ['id', 'email'])).toEqual([
      'column "passwordHash" of table "User" is required (NOT NULL, no default) and the seed does not fill it',
    ]);
    expect(columnProblems('User', live, ['id', 'passwordHash', 'searchVector'])).toEqual([
      'column "searchVector" of table "User" is generated; the seed must not fill it',
    ]);
    expect(columnProblems('Gone', [], ['id'])).toEqual(['table "Gone" does not exist']);
  });
});
