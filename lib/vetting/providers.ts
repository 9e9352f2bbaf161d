import 'server-only';
import { getEnv, type Env } from '@/lib/env';

// Identity and background-inquiry providers are interfaces: a deterministic simulator serves development
// and tests, and a deployment plugs in the real services (the national registry's mobile–national-code
// match, the judiciary's record inquiry, …) by implementing these and registering them here.
export type CheckResult = { outcome: 'PASS' | 'FAIL'; reference: string };

export type IdentityProvider = { name: string; verify(input: { nationalCode: string; mobile: string; birthDate: Date | null }): Promise<CheckResult> };
export type InquiryProvider = { name: string; inquire(input: { nationalCode: string }): Promise<CheckResult> };

const ref = (prefix: string, code: string) => `${prefix}-${code.slice(-4)}-${Date.now().toString(36)}`;

/**
 * The simulator's rules, so a demo can show every path: a national code ending in 00 does not match its
 * mobile; one ending in 13 has a criminal-record finding; one ending in 26 has a negative reference.
 */
export const simulatedIdentity: IdentityProvider = {
  name: 'simulator:shahkar',
  async verify({ nationalCode }) {
    return { outcome: nationalCode.endsWith('00') ? 'FAIL' : 'PASS', reference: ref('ID', nationalCode) };
  },
};

export const simulatedInquiries: InquiryProvider[] = [
  {
    name: 'simulator:criminal-record',
    inquire: async ({ nationalCode }) => ({ outcome: nationalCode.endsWith('13') ? 'FAIL' : 'PASS', reference: ref('CR', nationalCode) }),
  },
  {
    name: 'simulator:references',
    inquire: async ({ nationalCode }) => ({ outcome: nationalCode.endsWith('26') ? 'FAIL' : 'PASS', reference: ref('RF', nationalCode) }),
  },
];

export type Providers = { identity: IdentityProvider; inquiries: InquiryProvider[] };

/** One JSON POST to a provider service; it answers {outcome: "PASS" | "FAIL", reference}. Anything else is an error (retry later). */
async function callProvider(url: string, token: string | undefined, body: Record<string, unknown>): Promise<CheckResult> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
    signal: AbortSignal.timeout(15_000),
  });
  const answer = (await res.json().catch(() => null)) as { outcome?: unknown; reference?: unknown } | null;
  if (!res.ok || (answer?.outcome !== 'PASS' && answer?.outcome !== 'FAIL')) throw new Error(`provider ${new URL(url).host} answered ${res.status}`);
  return { outcome: answer.outcome, reference: typeof answer.reference === 'string' ? answer.reference.slice(0, 100) : '' };
}

/** Real services by configuration (SAJAM_VETTING_PROVIDER=http); the simulator otherwise. */
export function vettingProviders(env: Env = getEnv()): Providers {
  if (env.SAJAM_VETTING_PROVIDER === 'simulator') return { identity: simulatedIdentity, inquiries: simulatedInquiries };
  if (!env.SAJAM_IDENTITY_HTTP_URL || !env.SAJAM_INQUIRY_HTTP_URLS)
    throw new Error('SAJAM_VETTING_PROVIDER=http needs SAJAM_IDENTITY_HTTP_URL and SAJAM_INQUIRY_HTTP_URLS');
  const token = env.SAJAM_VETTING_HTTP_TOKEN;
  const identityUrl = env.SAJAM_IDENTITY_HTTP_URL;
  return {
    identity: {
      name: 'http:identity',
      verify: ({ nationalCode, mobile, birthDate }) =>
        callProvider(identityUrl, token, { nationalCode, mobile, birthDate: birthDate?.toISOString().slice(0, 10) ?? null }),
    },
    inquiries: env.SAJAM_INQUIRY_HTTP_URLS.split(',').map((pair) => {
      const [name, url] = pair.split('=').map((p) => p.trim());
      if (!name || !url) throw new Error('SAJAM_INQUIRY_HTTP_URLS: expected name=url pairs');
      return { name: `http:${name}`, inquire: ({ nationalCode }) => callProvider(url, token, { nationalCode }) };
    }),
  };
}
