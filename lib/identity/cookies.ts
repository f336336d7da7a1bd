// Names and signing of the cookies that carry a shopper's or an agent's identity.
import { randomUUID } from 'node:crypto';
import { parse, serialize } from 'cookie';
import { sign, unsign } from 'cookie-signature';
import { z } from 'zod';

import { SHOPPER_COOKIE } from './cookie-names';

export { AGENT_COOKIE, LOCALE_COOKIE, SHOPPER_COOKIE } from './cookie-names';

const SHOPPER_MAX_AGE = 60 * 60 * 24 * 400; // the longest browsers keep a cookie
export const AGENT_SESSION_DAYS = 30;

const uuid = z.uuid();

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  return parse(header)[name];
}

/** The shopper id inside a signed cookie value, or undefined when the value is forged or malformed. */
export function verifyShopperCookie(value: string | undefined, secret: string): string | undefined {
  if (!value) return undefined;
  const unsigned = unsign(value, secret);
  if (unsigned === false) return undefined;
  return uuid.safeParse(unsigned).success ? unsigned : undefined;
}

export function createShopperCookie(
  secret: string,
  secure: boolean,
): { shopperId: string; value: string; header: string } {
  const shopperId = randomUUID();
  const value = sign(shopperId, secret);
  const header = serialize(SHOPPER_COOKIE, value, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    path: '/',
    maxAge: SHOPPER_MAX_AGE,
  });
  return { shopperId, value, header };
}

export function signToken(token: string, secret: string): string {
  return sign(token, secret);
}

export function verifySignedToken(value: string | undefined, secret: string): string | undefined {
  if (!value) return undefined;
  const unsigned = unsign(value, secret);
  return unsigned === false ? undefined : unsigned;
}
