import sharp from 'sharp';
import { formatMoney } from '@/lib/i18n/money';
import { demoBusiness, demoProducts } from '@/lib/store/seed/demo-business';
import type { Link } from '@/lib/protocol/links.schema';
import {
  connectOwnerAgent,
  removeDataDir,
  signInOwner,
  startAppServer,
  type AppServer,
} from '../../support/app-server';
import { request, type TestSocket } from '../../support/clients';
import { metaValue, pageTitle, readMetaTags } from '../../support/meta-tags';

jest.setTimeout(120_000);

const CRAWLER = 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)';
const product = demoProducts[0]!;

let server: AppServer;
let owner: TestSocket;

beforeAll(async () => {
  server = await startAppServer();
  owner = await connectOwnerAgent(server);
});

afterAll(async () => {
  owner.close();
  await server.stop();
  await removeDataDir(server.dataDir);
});

async function crawl(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.url}${path}`, {
    headers: { 'user-agent': CRAWLER, ...headers },
    redirect: 'manual',
  });
  expect(response.status).toBe(200);
  const html = await response.text();
  return { html, tags: readMetaTags(html) };
}

/** Fetches a card image and checks it is a public 1200×630 PNG. */
async function fetchCard(imageUrl: string) {
  const response = await fetch(imageUrl, { headers: { 'user-agent': CRAWLER } });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('image/png');
  expect(response.headers.get('cache-control')).toMatch(/^public, max-age=3600/);
  expect(response.headers.getSetCookie()).toEqual([]);
  const png = Buffer.from(await response.arrayBuffer());
  const { format, width, height } = await sharp(png).metadata();
  expect({ format, width, height }).toEqual({ format: 'png', width: 1200, height: 630 });
  return png;
}

function expectCard(tags: Map<string, string[]>, card: { title: string; description: string }) {
  expect(metaValue(tags, 'og:title')).toBe(card.title);
  expect(metaValue(tags, 'og:description')).toBe(card.description);
  expect(metaValue(tags, 'og:site_name')).toBe('Obrol');
  expect(metaValue(tags, 'og:type')).toBe('website');
  expect(metaValue(tags, 'og:image:width')).toBe('1200');
  expect(metaValue(tags, 'og:image:height')).toBe('630');
  expect(metaValue(tags, 'og:image:alt')).toContain(demoBusiness.name);
  expect(metaValue(tags, 'twitter:card')).toBe('summary_large_image');
  expect(metaValue(tags, 'twitter:title')).toBe(card.title);
  expect(metaValue(tags, 'twitter:description')).toBe(card.description);
  const image = metaValue(tags, 'og:image');
  expect(image.startsWith(`${server.url}/og/c/demo?`)).toBe(true);
  expect(metaValue(tags, 'twitter:image')).toBe(image);
  return image;
}

describe('link previews of a chat link', () => {
  test('/c/demo: the business card, with an absolute image that is a 1200×630 PNG', async () => {
    const { html, tags } = await crawl('/c/demo');
    const image = expectCard(tags, { title: demoBusiness.name, description: demoBusiness.about });
    expect(metaValue(tags, 'og:url')).toBe(`${server.url}/c/demo`);
    expect(metaValue(tags, 'og:locale')).toBe('id_ID');
    expect(pageTitle(html)).toBe(`${demoBusiness.name} · Obrol`);
    await fetchCard(image);
  });

  test('?product=<sku>: the product card with its price in rupiah', async () => {
    const { tags } = await crawl(`/c/demo?product=${product.sku}`);
    const price = formatMoney(product.price, 'IDR', 'id');
    expect(price).toMatch(/^Rp\s[\d.]+$/);
    const image = expectCard(tags, {
      title: `${product.name} · ${demoBusiness.name}`,
      description: `${price} · ${demoBusiness.name}`,
    });
    expect(metaValue(tags, 'og:url')).toBe(`${server.url}/c/demo?product=${product.sku}`);
    expect(image).toContain(`product=${product.sku}`);
    await fetchCard(image);
  });

  test('og:url leaves out campaign and click parameters; og:locale follows the language', async () => {
    const { tags } = await crawl(
      `/c/demo?utm_source=facebook&utm_campaign=lebaran&fbclid=IwAR0abc&ref=SALE1&src=ad`,
      { 'accept-language': 'en-US,en;q=0.9' },
    );
    expect(metaValue(tags, 'og:url')).toBe(`${server.url}/c/demo`);
    expect(metaValue(tags, 'og:locale')).toBe('en_US');
    expect(metaValue(tags, 'og:image')).toContain('lang=en');
    expect(metaValue(tags, 'og:image')).not.toMatch(/utm_|fbclid|ref=/);
  });

  test.each([
    ['markup', '<script>alert("obrol")</script>'],
    ['an oversized value', `${product.sku}${'x'.repeat(5000)}`],
    ['an attribute break-out', `${product.sku}" property="og:title" content="pwned`],
    ['an unknown SKU', 'no-such-product'],
  ])(
    'a bad ?product= (%s) is ignored: the business card, nothing reflected',
    async (_name, bad) => {
      const { html, tags } = await crawl(`/c/demo?product=${encodeURIComponent(bad)}`);
      expectCard(tags, { title: demoBusiness.name, description: demoBusiness.about });
      expect(metaValue(tags, 'og:url')).toBe(`${server.url}/c/demo`);
      expect(html).not.toContain('<script>alert("obrol")');
      expect(html).not.toContain('content="pwned');
      expect(metaValue(tags, 'og:image')).not.toContain('product=');
    },
  );

  test('an unknown business has no business card', async () => {
    const response = await fetch(`${server.url}/c/no-such-shop`, {
      headers: { 'user-agent': CRAWLER },
    });
    expect(response.status).toBe(404);
    const tags = readMetaTags(await response.text());
    expect(tags.has('og:title')).toBe(false);
    expect(tags.has('og:image')).toBe(false);
  });
});

describe('the card image route', () => {
  test('an unknown business is a 404', async () => {
    const response = await fetch(`${server.url}/og/c/no-such-shop`);
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).not.toBe('image/png');
  });

  test('an unknown or malformed product draws the business card', async () => {
    const business = await fetchCard(`${server.url}/og/c/demo?lang=id`);
    for (const bad of ['no-such-product', '<b>x</b>', 'x'.repeat(5000)]) {
      const card = await fetchCard(
        `${server.url}/og/c/demo?lang=id&product=${encodeURIComponent(bad)}`,
      );
      expect(card.equals(business)).toBe(true);
    }
  });

  test('a product card differs from the business card', async () => {
    const business = await fetchCard(`${server.url}/og/c/demo`);
    const productCard = await fetchCard(`${server.url}/og/c/demo?product=${product.sku}`);
    expect(productCard.equals(business)).toBe(false);
  });
});

describe('link previews of a short link', () => {
  /** A link made in the builder, as an agent makes it, leading to the demo chat or one product. */
  async function makeLink({ withProduct = false } = {}): Promise<Link> {
    const response = await fetch(`${server.url}/api/businesses/demo/catalog`);
    const { data } = (await response.json()) as {
      data: { products: Array<{ id: string; sku: string }> };
    };
    const productId = data.products.find((candidate) => candidate.sku === product.sku)?.id;
    const made = await request(owner, 'link:create', {
      name: 'Lebaran ad',
      sourceType: 'ad',
      text: 'Halo, saya mau pesan',
      utmSource: 'facebook',
      utmCampaign: 'lebaran',
      ...(withProduct && { productId }),
    });
    return made.link;
  }

  test('a link with a product: the product card, with the short link itself as og:url', async () => {
    const link = await makeLink({ withProduct: true });
    const { tags } = await crawl(`/l/${link.code}?src=qr`);
    const image = expectCard(tags, {
      title: `${product.name} · ${demoBusiness.name}`,
      description: `${formatMoney(product.price, 'IDR', 'id')} · ${demoBusiness.name}`,
    });
    expect(metaValue(tags, 'og:url')).toBe(`${server.url}/l/${link.code}`);
    expect(image).toContain(`product=${product.sku}`);
    await fetchCard(image);
  });

  test('a link without a product: the business card', async () => {
    const link = await makeLink();
    const { tags } = await crawl(`/l/${link.code}`);
    const image = expectCard(tags, { title: demoBusiness.name, description: demoBusiness.about });
    expect(metaValue(tags, 'og:url')).toBe(`${server.url}/l/${link.code}`);
    await fetchCard(image);
  });

  test('a disabled or unknown link shows no business card', async () => {
    const link = await makeLink({ withProduct: true });
    await request(owner, 'link:update', { linkId: link.id, disabled: true });
    for (const code of [link.code, 'NoSuchCode']) {
      const response = await fetch(`${server.url}/l/${code}`, {
        headers: { 'user-agent': CRAWLER },
        redirect: 'manual',
      });
      expect(response.status).toBe(404);
      const tags = readMetaTags(await response.text());
      expect(tags.has('og:title')).toBe(false);
      expect(tags.has('og:image')).toBe(false);
      expect(tags.has('twitter:card')).toBe(false);
    }
  });
});

describe('what a card may show', () => {
  test('a hidden product is not shown: its link gets the business card', async () => {
    const hidden = demoProducts[2]!;
    const { products } = await request(owner, 'catalog:admin-list', {});
    const productId = products.find((candidate) => candidate.sku === hidden.sku)?.id;
    await request(owner, 'product:update', { productId, hidden: true });
    try {
      const { tags } = await crawl(`/c/demo?product=${hidden.sku}`);
      expectCard(tags, { title: demoBusiness.name, description: demoBusiness.about });
      const business = await fetchCard(`${server.url}/og/c/demo`);
      const card = await fetchCard(`${server.url}/og/c/demo?product=${hidden.sku}`);
      expect(card.equals(business)).toBe(true);
    } finally {
      await request(owner, 'product:update', { productId, hidden: false });
    }
  });

  test('a new name shows at once under a new image URL; emoji and long names still draw', async () => {
    const before = metaValue((await crawl('/c/demo')).tags, 'og:image');
    const name = `Griya 🌺 Nusantara ${'Sejahtera '.repeat(6).trim()}`;
    await request(owner, 'settings:update', { name });
    try {
      const { tags } = await crawl('/c/demo');
      expect(metaValue(tags, 'og:title')).toBe(name);
      const image = metaValue(tags, 'og:image');
      expect(image).not.toBe(before);
      await fetchCard(image);
    } finally {
      await request(owner, 'settings:update', { name: demoBusiness.name });
    }
  });
});

describe('pictures on a card come from the store', () => {
  /** Uploads a plain red image as the owner; the store keeps it as WebP. */
  async function uploadRed(): Promise<string> {
    const red = await sharp({
      create: { width: 400, height: 400, channels: 3, background: { r: 220, g: 20, b: 20 } },
    })
      .png()
      .toBuffer();
    const form = new FormData();
    form.set('file', new Blob([new Uint8Array(red)], { type: 'image/png' }), 'red.png');
    const response = await fetch(`${server.url}/api/business/media`, {
      method: 'POST',
      headers: { cookie: await signInOwner(server), origin: server.url },
      body: form,
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { data: { url: string } }).data.url;
  }

  async function pixel(png: Buffer, x: number, y: number) {
    const { data } = await sharp(png)
      .extract({ left: x, top: y, width: 1, height: 1 })
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    return { r: data[0] ?? 0, g: data[1] ?? 0, b: data[2] ?? 0 };
  }

  const isRed = ({ r, g, b }: { r: number; g: number; b: number }) => r > 180 && g < 70 && b < 70;

  test('an uploaded avatar and product photo (WebP in the store) are drawn on the cards', async () => {
    const url = await uploadRed();
    const { products } = await request(owner, 'catalog:admin-list', {});
    const shown = products.find((candidate) => candidate.sku === product.sku)!;
    await request(owner, 'settings:update', { avatarUrl: url });
    await request(owner, 'product:update', { productId: shown.id, images: [url] });
    try {
      const businessCard = await fetchCard(metaValue((await crawl('/c/demo')).tags, 'og:image'));
      expect(isRed(await pixel(businessCard, 200, 200))).toBe(true);
      const productCard = await fetchCard(
        metaValue((await crawl(`/c/demo?product=${product.sku}`)).tags, 'og:image'),
      );
      expect(isRed(await pixel(productCard, 280, 315))).toBe(true);
    } finally {
      await request(owner, 'settings:update', { avatarUrl: '' });
      await request(owner, 'product:update', { productId: shown.id, images: shown.images });
    }
  });
});
