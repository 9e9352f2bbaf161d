import 'server-only';

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
  { name: 'simulator:criminal-record', inquire: async ({ nationalCode }) => ({ outcome: nationalCode.endsWith('13') ? 'FAIL' : 'PASS', reference: ref('CR', nationalCode) }) },
  { name: 'simulator:references', inquire: async ({ nationalCode }) => ({ outcome: nationalCode.endsWith('26') ? 'FAIL' : 'PASS', reference: ref('RF', nationalCode) }) },
];

export type Providers = { identity: IdentityProvider; inquiries: InquiryProvider[] };

export function vettingProviders(): Providers {
  return { identity: simulatedIdentity, inquiries: simulatedInquiries };
}
