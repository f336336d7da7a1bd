// Text for a card image. The renderer has one font (next/og's Geist); for any character that font
// lacks it would download a font or an emoji image from the internet. So a card keeps only the
// characters Geist draws (Latin with Vietnamese and Indonesian accents, Cyrillic, common
// punctuation and currency signs) and drops the rest, such as emoji.
const DRAWABLE =
  /[\u0020-\u007E\u00A0-\u00AC\u00AE-\u0113\u0116-\u012B\u012E-\u0137\u0139-\u013E\u0141-\u0148\u014A-\u014D\u0150-\u017E\u0218-\u021B\u0400-\u045F\u1EA0-\u1EF9\u2013\u2014\u2018-\u201A\u201C-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/u;

/** `value` on one line, only drawable characters, at most `limit` of them (then an ellipsis). */
export function cardText(value: string, limit: number): string {
  const drawable = Array.from(value.normalize('NFC').replace(/\s+/g, ' '))
    .filter((character) => DRAWABLE.test(character))
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
  return drawable.length > limit ? `${drawable.slice(0, limit - 1).trimEnd()}…` : drawable;
}

/** One or two letters standing in for a missing picture. */
export function initials(name: string): string {
  const words = cardText(name, 200).split(' ').filter(Boolean);
  const letters = words.length > 1 ? [words[0], words[1]] : [words[0]];
  return letters
    .map((word) => Array.from(word ?? '')[0] ?? '')
    .join('')
    .toUpperCase();
}
