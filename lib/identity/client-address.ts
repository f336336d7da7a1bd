// The address a request came from, as the server saw it, handed to Next in a header of our own.
// Route handlers get a Request without its socket; server.ts writes this header on every request
// and first removes any copy a client sent, so it cannot be forged.
import type { IncomingMessage } from 'node:http';

export const CLIENT_ADDRESS_HEADER = 'x-obrol-client-address';

/**
 * The peer address, or, behind a proxy we were told to trust, the last X-Forwarded-For entry:
 * the one that proxy appended. Entries before it are whatever the client claimed.
 */
export function resolveClientAddress(
  peerAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustProxy: boolean,
): string {
  if (trustProxy) {
    const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
    const last = header
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean)
      .at(-1);
    if (last) return last;
  }
  return peerAddress ?? 'unknown';
}

export function setClientAddressHeader(req: IncomingMessage, trustProxy: boolean): void {
  req.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
    req.socket.remoteAddress,
    req.headers['x-forwarded-for'],
    trustProxy,
  );
}
