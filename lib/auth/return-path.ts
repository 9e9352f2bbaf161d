/** Only same-site paths: `next=//evil.example` or `next=https://…` would make login an open redirect. */
export function safeReturnPath(next: string | undefined | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/dashboard';
}
