// A login identifier is an email or an Iranian mobile number, typed however people type them.
import { normalizeIdentifier } from '@/lib/text/normalize';

export type LoginIdentifier = { kind: 'email'; value: string } | { kind: 'mobile'; value: string };

/**
 * +98 912…, 0098912…, 98912…, 912…, ۰۹۱۲…, pasted with invisible direction marks or dashes of any kind
 * → 0912…; null when it is not an Iranian mobile.
 */
export function normalizeMobile(input: string): string | null {
  const digits = normalizeIdentifier(input).replace(/[-()]/g, '');
  const match = /^(?:\+98|0098|98|0)?(9\d{9})$/.exec(digits);
  return match ? `0${match[1]}` : null;
}

export function parseLoginIdentifier(input: string): LoginIdentifier | null {
  const trimmed = normalizeIdentifier(input);
  if (trimmed.includes('@')) {
    const email = trimmed.toLowerCase();
    return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? { kind: 'email', value: email } : null;
  }
  const mobile = normalizeMobile(trimmed);
  return mobile ? { kind: 'mobile', value: mobile } : null;
}

/** The key failed logins are counted under: the normalised identifier, so "+98912…" and "0912…" count together. */
export function accountKeyOf(identifier: string): string {
  const parsed = parseLoginIdentifier(identifier);
  return parsed ? `${parsed.kind}:${parsed.value}` : `invalid:${normalizeIdentifier(identifier).slice(0, 64)}`;
}
