import { pickUnique, slugify } from '@/lib/catalog/slug';

test('a name becomes lower-case ASCII words joined by dashes, accents dropped', () => {
  expect(slugify('Kopi Arabika Gayo 250 g', 'product')).toBe('kopi-arabika-gayo-250-g');
  expect(slugify('  Crème Brûlée — Spesial!  ', 'product')).toBe('creme-brulee-spesial');
});

test('a name with nothing usable falls back, and a long one is cut without a trailing dash', () => {
  expect(slugify('☕️ 🍵', 'product')).toBe('product');
  const long = slugify('a'.repeat(55) + ' bbbb', 'product');
  expect(long).toBe('a'.repeat(55));
});

test('a taken slug gets the first free number', () => {
  expect(pickUnique('kopi', [])).toBe('kopi');
  expect(pickUnique('kopi', ['kopi', 'kopi-2', 'kopi-4'])).toBe('kopi-3');
});
