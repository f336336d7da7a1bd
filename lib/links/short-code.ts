// Short codes for links: random, so one link's code says nothing about any other's.
import { randomInt } from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** 62^8 ≈ 2·10^14 codes: guessing a live one is hopeless, and a collision is retried anyway. */
export const SHORT_CODE_LENGTH = 8;

/** A base62 code from the system's secure random source (randomInt draws without bias). */
export function generateShortCode(length = SHORT_CODE_LENGTH): string {
  let code = '';
  for (let i = 0; i < length; i++) code += ALPHABET[randomInt(ALPHABET.length)];
  return code;
}
