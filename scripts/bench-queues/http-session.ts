// A logged-in browser, reduced to what the benchmark needs: next-auth's credentials flow, then GETs
// that carry the session cookie over one keep-alive connection pool.
import { Agent, request } from 'node:http';

/** `cookie`: the session's cookies, for a request the benchmark builds itself (a form post). */
type Session = { cookie: string; get(path: string): Promise<number> };

const agent = new Agent({ keepAlive: true, maxSockets: 4 });

function send(base: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  const url = new URL(path, base);
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>((resolve, reject) => {
    const req = request(url, { method: init.method ?? 'GET', headers: init.headers, agent }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const cookiesOf = (headers: Record<string, string | string[] | undefined>) => ([] as string[]).concat(headers['set-cookie'] ?? []).map((c) => c.split(';')[0]!);

export async function httpSession(base: string, identifier: string, password: string): Promise<Session> {
  const csrf = await send(base, '/api/auth/csrf');
  const jar = cookiesOf(csrf.headers);
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const login = await send(base, '/api/auth/callback/credentials', {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: jar.join('; ') },
    body: new URLSearchParams({ csrfToken, identifier, password, json: 'true' }).toString(),
  });
  const cookie = [...jar, ...cookiesOf(login.headers)].join('; ');
  if (!cookie.includes('session-token')) throw new Error(`login failed for ${identifier}: ${login.status}`);
  return {
    cookie,
    async get(path) {
      const res = await send(base, path, { headers: { cookie } });
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      return res.body.length;
    },
  };
}
