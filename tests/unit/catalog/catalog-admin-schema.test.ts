import { productCreateInput, productUpdateInput } from '@/lib/protocol/catalog-admin.schema';

const paths = (result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[] }> } }) =>
  result.error?.issues.map((issue) => issue.path.join('.')) ?? [];

test('a new product gets defaults for what it leaves out, and trimmed text', () => {
  const parsed = productCreateInput.parse({ name: '  Kopi  ', price: 50000, stock: 3 });
  expect(parsed).toEqual({
    name: 'Kopi',
    description: '',
    price: 50000,
    stock: 3,
    options: [],
    images: [],
    collectionId: null,
    sku: '',
    hidden: false,
  });
});

test('an update carries only the fields it names, so hiding touches nothing else', () => {
  const id = '6f1c2f7e-9c1a-4d4e-8f1a-1b2c3d4e5f60';
  expect(productUpdateInput.parse({ productId: id, hidden: true })).toEqual({
    productId: id,
    hidden: true,
  });
});

test('every bad field is named', () => {
  const result = productCreateInput.safeParse({
    name: ' ',
    description: 'x'.repeat(2001),
    price: 10.5,
    stock: -1,
    options: [
      { name: 'Size', values: ['S', 'S'] },
      { name: 'Size', values: [] },
    ],
    images: ['https://evil.example/x.png', '/media/not-a-uuid'],
    sku: 'has space',
    price_override: 1,
  });
  expect(paths(result).sort()).toEqual(
    [
      '',
      'description',
      'images.0',
      'images.1',
      'name',
      'options',
      'options.0.values',
      'options.1.values',
      'price',
      'sku',
      'stock',
    ].sort(),
  );
});

test('a price carries no fractions of a rupiah and has a ceiling', () => {
  expect(productCreateInput.safeParse({ name: 'x', price: 100_000_001, stock: 0 }).success).toBe(
    false,
  );
  expect(productCreateInput.safeParse({ name: 'x', price: 0, stock: 0 }).success).toBe(true);
});
