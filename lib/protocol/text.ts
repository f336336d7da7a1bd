// PostgreSQL text cannot hold NUL, and an unpaired surrogate would be stored as U+FFFD, so a retry
// of the same text would no longer match what was stored.
export function isStorable(text: string): boolean {
  return !text.includes('\u0000') && !/\p{Cs}/u.test(text);
}
