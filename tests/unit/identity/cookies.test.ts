import { randomUUID } from 'node:crypto';
import { parse } from 'cookie';
import { sign } from 'cookie-signature';
import { SHOPPER_COOKIE, createShopperCookie, verifyShopperCookie } from '@/lib/identity/cookies';

const SECRET = 'a-cookie-secret-that-is-long-enough-to-sign';
const OTHER_SECRET = 'another-secret-that-is-also-long-enough-to-sign';

describe('shopper cookie', () => {
  test('verifyShopperCookie gives back the shopper id createShopperCookie signed', () => {
    const { shopperId, value } = createShopperCookie(SECRET, false);
    expect(shopperId).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(verifyShopperCookie(value, SECRET)).toBe(shopperId);
  });

  test('each cookie made carries a new shopper id', () => {
    expect(createShopperCookie(SECRET, false).shopperId).not.toBe(
      createShopperCookie(SECRET, false).shopperId,
    );
  });

  test('a value signed with another secret is refused', () => {
    expect(verifyShopperCookie(sign(randomUUID(), OTHER_SECRET), SECRET)).toBeUndefined();
    expect(
      verifyShopperCookie(createShopperCookie(OTHER_SECRET, false).value, SECRET),
    ).toBeUndefined();
  });

  test('a tampered value is refused: another id under the old signature, or a changed signature', () => {
    const { shopperId, value } = createShopperCookie(SECRET, false);
    const signature = value.slice(shopperId.length);
    expect(verifyShopperCookie(`${randomUUID()}${signature}`, SECRET)).toBeUndefined();
    const lastCharacter = value.slice(-1) === 'A' ? 'B' : 'A';
    expect(verifyShopperCookie(`${value.slice(0, -1)}${lastCharacter}`, SECRET)).toBeUndefined();
    expect(verifyShopperCookie(shopperId, SECRET)).toBeUndefined();
  });

  test('a correctly signed value that is not a UUID is refused', () => {
    expect(verifyShopperCookie(sign('admin', SECRET), SECRET)).toBeUndefined();
    expect(verifyShopperCookie(sign(`${randomUUID()}x`, SECRET), SECRET)).toBeUndefined();
    expect(verifyShopperCookie(sign('', SECRET), SECRET)).toBeUndefined();
  });

  test('no value at all is refused', () => {
    expect(verifyShopperCookie(undefined, SECRET)).toBeUndefined();
    expect(verifyShopperCookie('', SECRET)).toBeUndefined();
  });

  test('the Set-Cookie header names the cookie, carries the value, and is HttpOnly, SameSite=Lax, Path=/', () => {
    const { value, header } = createShopperCookie(SECRET, false);
    const attributes = header.split(';').map((part) => part.trim());
    expect(parse(header)[SHOPPER_COOKIE]).toBe(value);
    expect(attributes).toContain('HttpOnly');
    expect(attributes).toContain('SameSite=Lax');
    expect(attributes).toContain('Path=/');
    expect(attributes.some((part) => part.startsWith('Max-Age='))).toBe(true);
  });

  test('the cookie is Secure only when asked to be', () => {
    const attributes = (header: string) => header.split(';').map((part) => part.trim());
    expect(attributes(createShopperCookie(SECRET, true).header)).toContain('Secure');
    expect(attributes(createShopperCookie(SECRET, false).header)).not.toContain('Secure');
  });
});
