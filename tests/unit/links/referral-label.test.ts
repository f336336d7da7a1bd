import { sourceName } from '@/lib/links/referral-label';

describe('sourceName', () => {
  test.each([
    ['instagram', 'Instagram'],
    ['IG', 'Instagram'],
    ['facebook', 'Facebook'],
    ['fb', 'Facebook'],
    ['whatsapp', 'WhatsApp'],
    ['wa', 'WhatsApp'],
  ])('names the network of %s', (source, name) => {
    expect(sourceName(source)).toBe(name);
  });

  test('capitalises a source it does not know', () => {
    expect(sourceName('newsletter')).toBe('Newsletter');
  });

  test('is null without a source', () => {
    expect(sourceName('')).toBeNull();
    expect(sourceName('  ')).toBeNull();
  });
});
