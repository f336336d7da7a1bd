// The origin people reach Obrol at, for absolute URLs that leave the app (link previews).
import { env } from '../env';

/** A host header as browsers and crawlers send it: a name or address and an optional port. */
const HOST = /^(?:[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

interface RequestHeaders {
  get(name: string): string | null;
}

/**
 * OBROL_PUBLIC_URL when set; otherwise the host this request was sent to, over https when a
 * proxy in front says so (X-Forwarded-Proto). A host header that is not a host name falls back
 * to localhost rather than being echoed into a page.
 */
export function publicOrigin(
  headers: RequestHeaders,
  configured: string | undefined = env().OBROL_PUBLIC_URL,
): string {
  if (configured) return configured;
  const host = headers.get('host') ?? '';
  const forwardedProto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim();
  const protocol = forwardedProto === 'https' ? 'https' : 'http';
  return `${protocol}://${HOST.test(host) ? host.toLowerCase() : 'localhost'}`;
}
