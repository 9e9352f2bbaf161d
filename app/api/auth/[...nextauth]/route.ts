import NextAuth from 'next-auth';
import { loginAttemptBlocked } from '@/lib/auth/login-gate';
import { getAuthOptions } from '@/lib/auth/options';

type Context = { params: Promise<{ nextauth: string[] }> };

function handle(request: Request, context: Context) {
  return NextAuth(getAuthOptions())(request, context);
}

export async function GET(request: Request, context: Context) {
  return handle(request, context);
}

/** Credential logins are checked against the failure limits first, so a blocked client gets a real 429. */
export async function POST(request: Request, context: Context) {
  const { nextauth } = await context.params;
  if (nextauth.join('/') === 'callback/credentials') {
    const retryAfter = await loginAttemptBlocked(request);
    if (retryAfter > 0) {
      // next-auth's client reads the error from `url`, so the wait travels there too.
      const url = new URL(`/login?error=RATE_LIMITED:${retryAfter}`, request.url).toString();
      return Response.json({ error: 'RATE_LIMITED', retryAfter, url }, { status: 429, headers: { 'Retry-After': String(retryAfter) } });
    }
  }
  return handle(request, context);
}
