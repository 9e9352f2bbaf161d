import 'server-only';
import nodemailer from 'nodemailer';
import { getEnv, type Env } from '@/lib/env';
import type { NotificationChannel } from '@/lib/generated/prisma/client';

/** One way out for one channel. Throwing means "try again later". */
export type Provider = { name: string; send(message: { to: string; body: string; subject: string }): Promise<void> };

/** Development and tests: the outbox row is the message (see /dev/outbox). */
const logProvider: Provider = { name: 'log', send: async () => {} };

/**
 * A generic JSON gateway: POST {to, text} with a bearer token. Iranian SMS gateways differ in shape;
 * adapt this adapter (or add one) for the gateway a deployment contracts.
 */
function httpSmsProvider(env: Env): Provider {
  if (!env.SAJAM_SMS_HTTP_URL) throw new Error('SAJAM_SMS_PROVIDER=http needs SAJAM_SMS_HTTP_URL');
  const url = env.SAJAM_SMS_HTTP_URL;
  return {
    name: 'http',
    async send({ to, body }) {
      const res = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(env.SAJAM_SMS_HTTP_TOKEN ? { authorization: `Bearer ${env.SAJAM_SMS_HTTP_TOKEN}` } : {}) },
        body: JSON.stringify({ to, text: body }),
        signal: AbortSignal.timeout(10_000),
      });
      if (!res.ok) throw new Error(`SMS gateway answered ${res.status}`);
    },
  };
}

function smtpProvider(env: Env): Provider {
  if (!env.SAJAM_SMTP_URL) throw new Error('SAJAM_EMAIL_PROVIDER=smtp needs SAJAM_SMTP_URL');
  const transport = nodemailer.createTransport(env.SAJAM_SMTP_URL);
  return {
    name: 'smtp',
    async send({ to, body, subject }) {
      await transport.sendMail({ from: env.SAJAM_MAIL_FROM, to, subject, text: body });
    },
  };
}

export function providerFor(channel: NotificationChannel, env: Env = getEnv()): Provider {
  if (channel === 'SMS') return env.SAJAM_SMS_PROVIDER === 'http' ? httpSmsProvider(env) : logProvider;
  return env.SAJAM_EMAIL_PROVIDER === 'smtp' ? smtpProvider(env) : logProvider;
}
