import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { proxy } from './proxy';

describe('proxy', () => {
  it('sends a logged-out page view to the login page, and back afterwards', () => {
    const answer = proxy(new NextRequest('http://localhost/reports/abc?x=1'));
    expect(answer.status).toBe(307);
    expect(new URL(answer.headers.get('location')!).searchParams.get('next')).toBe('/reports/abc?x=1');
  });

  it('lets a form post through without a session, so the action answers "log in again" and keeps the text', () => {
    const answer = proxy(new NextRequest('http://localhost/reports/abc', { method: 'POST', headers: { 'next-action': 'x' } }));
    expect(answer.headers.get('location')).toBeNull();
    expect(answer.headers.get('x-middleware-next')).toBe('1');
  });
});
