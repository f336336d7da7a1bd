import { formatMoney } from '@/lib/i18n/money';
import { chooseLocale } from '@/lib/i18n/negotiate';

describe('formatMoney', () => {
  test('formats rupiah for Indonesian readers as "Rp 150.000" with a no-break space', () => {
    expect(formatMoney(150000, 'IDR', 'id')).toBe('Rp\u00a0150.000');
  });

  test('shows rupiah without decimals, since IDR is stored in whole rupiah', () => {
    expect(formatMoney(1_250_500, 'IDR', 'id')).toBe('Rp\u00a01.250.500');
    expect(formatMoney(0, 'IDR', 'id')).toBe('Rp\u00a00');
  });

  test('gives other currencies two minor digits, so 1999 cents is 19,99 dollars', () => {
    expect(formatMoney(1999, 'USD', 'id')).toBe('US$19,99');
  });
});

describe('chooseLocale', () => {
  test('a valid locale cookie wins over the browser’s languages', () => {
    expect(chooseLocale('en', 'id-ID,id;q=0.9')).toBe('en');
    expect(chooseLocale('id', 'en-US,en;q=0.9')).toBe('id');
  });

  test("Accept-Language 'en-US,en;q=0.9' chooses English", () => {
    expect(chooseLocale(undefined, 'en-US,en;q=0.9')).toBe('en');
  });

  test("Accept-Language 'id-ID' chooses Bahasa Indonesia", () => {
    expect(chooseLocale(undefined, 'id-ID')).toBe('id');
  });

  test('the highest-weighted language the app has wins', () => {
    expect(chooseLocale(undefined, 'fr-FR,en;q=0.5,id;q=0.8')).toBe('id');
  });

  test('an unknown language, an empty header or no header falls back to Bahasa Indonesia', () => {
    expect(chooseLocale(undefined, 'fr-FR,de;q=0.8')).toBe('id');
    expect(chooseLocale(undefined, '')).toBe('id');
    expect(chooseLocale(undefined, null)).toBe('id');
  });

  test('an invalid cookie value is ignored in favour of Accept-Language', () => {
    expect(chooseLocale('fr', 'en-US,en;q=0.9')).toBe('en');
    expect(chooseLocale('EN', 'id-ID')).toBe('id');
    expect(chooseLocale('', null)).toBe('id');
  });
});
