// Gives every page visitor an anonymous shopper session before Next renders the page.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { SHOPPER_COOKIE, createShopperCookie, readCookie, verifyShopperCookie } from './cookies';

const PAGE_PATHS = /^\/(?:$|c\/)/;

export function ensureShopperSession(
  req: IncomingMessage,
  res: ServerResponse,
  secret: string,
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') return;
  const pathname = (req.url ?? '/').split('?')[0] ?? '/';
  if (!PAGE_PATHS.test(pathname)) return;
  const existing = readCookie(req.headers.cookie, SHOPPER_COOKIE);
  if (verifyShopperCookie(existing, secret)) return;

  const forwardedProto = req.headers['x-forwarded-proto'];
  const secure =
    forwardedProto === 'https' || ('encrypted' in req.socket && Boolean(req.socket.encrypted));
  const cookie = createShopperCookie(secret, secure);
  res.appendHeader('Set-Cookie', cookie.header);
  // Let this very request's server components see the new session too.
  const others = (req.headers.cookie ?? '')
    .split(';')
    .map((part) => part.trim())
    .filter((part) => part && !part.startsWith(`${SHOPPER_COOKIE}=`));
  req.headers.cookie = [...others, `${SHOPPER_COOKIE}=${encodeURIComponent(cookie.value)}`].join(
    '; ',
  );
}
