import {
  cardImagePath,
  cardVersion,
  chatPath,
  previewMetadata,
  previewSku,
  type PreviewSubject,
} from '@/lib/links/preview';

const business: PreviewSubject = {
  slug: 'demo',
  name: 'Batik Nusantara',
  about: 'Batik tulis from Solo.',
  avatarUrl: '/images/demo/avatar.webp',
  product: null,
};
const withProduct: PreviewSubject = {
  ...business,
  product: {
    sku: 'kemeja-batik-parang',
    name: 'Kemeja Batik Parang',
    price: 'Rp\u00a0350.000',
    image: '/images/demo/products/kemeja-batik-parang.webp',
  },
};

const context = {
  origin: 'https://chat.example.com',
  locale: 'id' as const,
  url: 'https://chat.example.com/c/demo',
  fallbackDescription: 'Chat with the shop.',
  imageAlt: 'Batik Nusantara on Obrol',
};

describe('previewSku', () => {
  test.each(['kemeja-batik-parang', 'KOPI-1', 'a.b_c'])('%s is a SKU', (sku) => {
    expect(previewSku(sku)).toBe(sku);
  });

  test.each([
    ['markup', '<script>alert(1)</script>'],
    ['a quote', 'a"b'],
    ['oversized', 'a'.repeat(65)],
    ['empty', ''],
    ['several values', ['a', 'b']],
    ['missing', undefined],
  ])('%s is ignored', (_name, value) => {
    expect(previewSku(value)).toBeNull();
  });
});

describe('previewMetadata', () => {
  test('a business: its name and about, og and twitter alike, with an absolute 1200×630 image', () => {
    const metadata = previewMetadata(business, context);
    expect(metadata.title).toBe('Batik Nusantara');
    expect(metadata.openGraph).toMatchObject({
      type: 'website',
      siteName: 'Obrol',
      title: 'Batik Nusantara',
      description: 'Batik tulis from Solo.',
      url: 'https://chat.example.com/c/demo',
      locale: 'id_ID',
      images: [
        {
          url: `https://chat.example.com/og/c/demo?lang=id&v=${cardVersion(business)}`,
          width: 1200,
          height: 630,
          alt: 'Batik Nusantara on Obrol',
        },
      ],
    });
    expect(metadata.twitter).toMatchObject({
      card: 'summary_large_image',
      title: 'Batik Nusantara',
      description: 'Batik tulis from Solo.',
      images: [{ url: expect.stringMatching(/^https:\/\/chat\.example\.com\/og\/c\/demo\?/) }],
    });
  });

  test('a product: "<product> · <business>" and its rupiah price with the business name', () => {
    const metadata = previewMetadata(withProduct, { ...context, locale: 'en' });
    expect(metadata.openGraph).toMatchObject({
      title: 'Kemeja Batik Parang · Batik Nusantara',
      description: 'Rp\u00a0350.000 · Batik Nusantara',
      locale: 'en_US',
    });
    expect(metadata.twitter).toMatchObject({ title: 'Kemeja Batik Parang · Batik Nusantara' });
  });

  test('a business that wrote nothing about itself gets the fallback description', () => {
    const metadata = previewMetadata({ ...business, about: '' }, context);
    expect(metadata.description).toBe('Chat with the shop.');
  });

  test('a long about is cut to one line of at most 200 characters', () => {
    const about = `${'word '.repeat(100)}\n\nend`;
    const description = previewMetadata({ ...business, about }, context).description ?? '';
    expect(description.length).toBeLessThanOrEqual(200);
    expect(description).toMatch(/…$/);
    expect(description).not.toContain('\n');
  });
});

describe('card paths', () => {
  test('the chat path keeps the product and nothing else', () => {
    expect(chatPath(business)).toBe('/c/demo');
    expect(chatPath(withProduct)).toBe('/c/demo?product=kemeja-batik-parang');
  });

  test('the image path names the product, the language and a version of the content', () => {
    expect(cardImagePath(withProduct, 'en')).toBe(
      `/og/c/demo?product=kemeja-batik-parang&lang=en&v=${cardVersion(withProduct)}`,
    );
  });

  test('the version changes when what the card shows changes, and only then', () => {
    expect(cardVersion(business)).toBe(cardVersion({ ...business }));
    expect(cardVersion({ ...business, name: 'Batik Nusantara Baru' })).not.toBe(
      cardVersion(business),
    );
    expect(cardVersion(withProduct)).not.toBe(cardVersion(business));
  });
});
