import { randomUUID } from 'node:crypto';
import { filterProducts, normaliseForSearch } from '@/components/catalog/search-products';
import type { Product } from '@/lib/protocol/commerce.schema';

const batik = randomUUID();
const coffee = randomUUID();

function product(name: string, description: string, collectionId: string): Product {
  return {
    id: randomUUID(),
    sku: name.toLowerCase().replace(/\W+/g, '-'),
    collectionId,
    name,
    description,
    price: 100_000,
    currency: 'IDR',
    stock: 3,
    options: [],
    images: [],
  };
}

const products = [
  product('Kemeja Batik Parang', 'Katun primisima dari Laweyan, Solo', batik),
  product('Kopi Arabika Gayo', 'Biji kopi dari dataran tinggi Gayo, Aceh', coffee),
  product('Café Crème Blend', 'Campuran robusta dan arabika', coffee),
];

test('search ignores case and accents on both sides', () => {
  expect(normaliseForSearch('CAFÉ Crème')).toBe('cafe creme');
  expect(filterProducts(products, 'cafe', null).map((p) => p.name)).toEqual(['Café Crème Blend']);
  expect(filterProducts(products, 'CRÈME', null).map((p) => p.name)).toEqual(['Café Crème Blend']);
});

test('search matches the description too, and every word must match', () => {
  expect(filterProducts(products, 'aceh', null).map((p) => p.name)).toEqual(['Kopi Arabika Gayo']);
  expect(filterProducts(products, 'arabika gayo', null)).toHaveLength(1);
  expect(filterProducts(products, 'arabika solo', null)).toHaveLength(0);
});

test('a collection narrows the list; an empty query lists the whole collection', () => {
  expect(filterProducts(products, '', coffee)).toHaveLength(2);
  expect(filterProducts(products, '  ', null)).toHaveLength(3);
  expect(filterProducts(products, 'arabika', batik)).toHaveLength(0);
});
