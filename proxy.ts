import { NextResponse, type NextRequest } from 'next/server';

// Only a convenience: sends the logged-out to /login before rendering. Access itself is decided in
// lib/authz by every page, action and route handler, because a proxy can be bypassed.
const SESSION_COOKIES = ['next-auth.session-token', '__Secure-next-auth.session-token'];

export function proxy(request: NextRequest) {
  if (SESSION_COOKIES.some((name) => request.cookies.has(name))) return NextResponse.next();
  // A form post is never redirected: a reviewer whose session ended while typing gets the action's own
  // answer ("log in again", every value kept) instead of a redirect that swallowed the text (issue #11).
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('next', request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: [
    '/dashboard',
    '/member/:path*',
    '/core/:path*',
    '/province/:path*',
    '/national/:path*',
    '/agency/:path*',
    '/training/:path*',
    '/admin/:path*',
    '/reports/:path*',
  ],
};
