import { describe, expect, it } from 'vitest';
import { demoSettings } from './demo.mjs';

const argv = (...flags: string[]) => ['node', 'scripts/demo.mjs', ...flags];

describe('npm run demo', () => {
  it('listens on loopback unless told otherwise, with NEXTAUTH_URL its own address and /dev/outbox on', () => {
    expect(demoSettings(argv(), {})).toEqual({
      port: 3000,
      hostname: '127.0.0.1',
      settings: { HOST: '127.0.0.1', PORT: '3000', SAJAM_DEV_OUTBOX: 'on', NEXTAUTH_URL: 'http://127.0.0.1:3000' },
    });
  });

  it('takes the address from -H/-p or HOST/PORT, and the login/logout URL with it', () => {
    expect(demoSettings(argv('-p', '4100'), { HOST: '192.0.2.2' }).settings).toMatchObject({ HOST: '192.0.2.2', NEXTAUTH_URL: 'http://192.0.2.2:4100' });
    expect(demoSettings(argv('-H', '::1'), { PORT: '4200' }).settings).toMatchObject({ HOST: '::1', NEXTAUTH_URL: 'http://[::1]:4200' });
  });

  it('on every interface, takes the site address from each request; a NEXTAUTH_URL already set is kept', () => {
    const everywhere = demoSettings(argv('-H', '0.0.0.0'), {}).settings;
    expect(everywhere).toMatchObject({ HOST: '0.0.0.0', AUTH_TRUST_HOST: 'true' });
    expect(everywhere).not.toHaveProperty('NEXTAUTH_URL');
    const behindProxy = demoSettings(argv(), { NEXTAUTH_URL: 'https://demo.sajam.example', SAJAM_DEV_OUTBOX: 'off' }).settings;
    expect(behindProxy).not.toHaveProperty('NEXTAUTH_URL');
    expect(behindProxy).not.toHaveProperty('AUTH_TRUST_HOST');
    expect(behindProxy.SAJAM_DEV_OUTBOX).toBe('off');
  });
});
