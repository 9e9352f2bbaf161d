/** What stays of an address once its message is gone: enough to tell which one, not enough to use it. */
export function maskAddress(address: string): string {
  const at = address.indexOf('@');
  if (at > 0) return `${address.slice(0, 1)}***${address.slice(at)}`;
  return address.length <= 6 ? '***' : `${address.slice(0, 4)}***${address.slice(-3)}`;
}
