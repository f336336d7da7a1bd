import { cardText, initials } from '@/lib/links/card-text';

describe('cardText', () => {
  test('keeps Indonesian and accented Latin text as it is', () => {
    expect(cardText('Kopi Gayo — Café Ñusantara', 100)).toBe('Kopi Gayo — Café Ñusantara');
  });

  test('drops what the card font cannot draw, so nothing is fetched to draw it', () => {
    expect(cardText('Toko 🍰 Kue  Bu Sri ✨', 100)).toBe('Toko Kue Bu Sri');
    expect(cardText('好吃 Bakmi', 100)).toBe('Bakmi');
  });

  test('puts line breaks and runs of spaces on one line', () => {
    expect(cardText(' Batik\n\ntulis\t asli ', 100)).toBe('Batik tulis asli');
  });

  test('clips long text with an ellipsis, within the limit', () => {
    const clipped = cardText('a'.repeat(500), 80);
    expect(clipped).toHaveLength(80);
    expect(clipped.endsWith('…')).toBe(true);
  });
});

describe('initials', () => {
  test.each([
    ['Batik Nusantara', 'BN'],
    ['kopi', 'K'],
    ['🍰', ''],
  ])('%s → %s', (name, expected) => {
    expect(initials(name)).toBe(expected);
  });
});
