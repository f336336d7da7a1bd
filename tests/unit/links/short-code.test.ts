import { SHORT_CODE_PATTERN } from '@/lib/protocol/links.schema';
import { generateShortCode, SHORT_CODE_LENGTH } from '@/lib/links/short-code';

describe('short codes', () => {
  test('are 8 base62 characters the store accepts', () => {
    for (let i = 0; i < 200; i++) {
      const code = generateShortCode();
      expect(code).toHaveLength(SHORT_CODE_LENGTH);
      expect(code).toMatch(SHORT_CODE_PATTERN);
    }
  });

  test('do not repeat, and use the whole alphabet', () => {
    const codes = Array.from({ length: 1000 }, () => generateShortCode());
    expect(new Set(codes).size).toBe(codes.length);
    const seen = new Set(codes.join(''));
    expect(seen.size).toBe(62);
  });
});
