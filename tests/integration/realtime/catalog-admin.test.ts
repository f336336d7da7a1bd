import { randomUUID } from 'node:crypto';
import { getCatalog } from '@/lib/catalog/catalog.service';
import { insertMedia } from '@/lib/store/media.repository';
import { call, nextEvent, request, type TestSocket } from '../../support/clients';
import { fillCart, productBySku, sendPayload } from '../../support/commerce';
import { useRealtimeHarness } from '../../support/harness';
import { createOtherBusiness } from '../../support/seed';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('catalog management (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { shopper, agent } = harness;

  async function catalogVersion() {
    const row = await harness.store.db
      .selectFrom('businesses')
      .select('catalog_version')
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();
    return row.catalog_version;
  }

  async function countProducts() {
    const row = await harness.store.db
      .selectFrom('products')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async function createProduct(staff: TestSocket, fields: Record<string, unknown> = {}) {
    const { product } = await request(staff, 'product:create', {
      name: `Tas Anyaman ${randomUUID().slice(0, 8)}`,
      price: 120000,
      stock: 10,
      ...fields,
    });
    return product;
  }

  /** A shopper with the demo chat open and `quantity` of the product in the cart. */
  async function shopperHolding(productId: string, quantity = 1, options = {}) {
    const customer = await shopper();
    const { conversationId, cart } = await fillCart(customer, [{ productId, quantity, options }]);
    return { customer, conversationId, cart };
  }

  test('catalog:admin-list shows hidden products too, with the catalog version', async () => {
    const staff = await agent();
    const hidden = await createProduct(staff, { hidden: true });
    const list = await request(staff, 'catalog:admin-list', {});
    expect(list.businessSlug).toBe('demo');
    expect(list.version).toBe(await catalogVersion());
    expect(list.collections.map((c) => c.slug)).toEqual(['batik', 'kerajinan', 'kopi']);
    expect(list.products.find((p) => p.id === hidden.id)).toMatchObject({ hidden: true });
    const shopperView = await getCatalog(harness.store.db, 'demo');
    expect(shopperView.products.some((p) => p.id === hidden.id)).toBe(false);
  });

  test('product:create stores every field, makes a unique SKU from the name and bumps the version', async () => {
    const staff = await agent();
    const { collections } = await request(staff, 'catalog:admin-list', {});
    const before = await catalogVersion();
    const media = await insertMedia(harness.store.db, {
      businessId: (await request(staff, 'catalog:admin-list', {})).businessId,
      bytes: new Uint8Array([1]),
      contentType: 'image/webp',
      width: 1,
      height: 1,
    });
    const fields = {
      name: 'Tas Purun Lipat',
      description: 'Anyaman rotan dari Lombok.',
      price: 175000,
      stock: 4,
      options: [{ name: 'Warna', values: ['Natural', 'Hitam'] }],
      images: [`/media/${media.id}`, '/images/demo/products/kemeja-batik-parang.webp'],
      collectionId: collections[1]!.id,
    };
    const first = await request(staff, 'product:create', fields);
    expect(first.product).toMatchObject({ ...fields, sku: 'tas-purun-lipat', hidden: false });
    expect(first.version).toBe(before + 1);
    const second = await request(staff, 'product:create', fields);
    expect(second.product.sku).toBe('tas-purun-lipat-2');
    expect(second.version).toBe(before + 2);
    expect(await catalogVersion()).toBe(before + 2);
  });

  test('an SKU another product has is a field error, and nothing is saved', async () => {
    const staff = await agent();
    const count = await countProducts();
    const version = await catalogVersion();
    const result = await call(staff, 'product:create', {
      name: 'Kemeja baru',
      price: 1,
      stock: 1,
      sku: 'kemeja-batik-parang',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', issues: [{ path: 'sku' }] },
    });
    expect(await countProducts()).toBe(count);
    expect(await catalogVersion()).toBe(version);
  });

  test.each([
    ['an empty name', { name: '   ' }, 'name'],
    ['a negative price', { price: -1 }, 'price'],
    ['a price in fractions', { price: 1000.5 }, 'price'],
    ['stock that is not whole', { stock: 1.5 }, 'stock'],
    ['a description over 2000 characters', { description: 'x'.repeat(2001) }, 'description'],
    ['an image from elsewhere', { images: ['https://evil.example/a.png'] }, 'images.0'],
    ['nine images', { images: Array(9).fill('/images/demo/products/a.webp') }, 'images'],
    [
      'an option without choices',
      { options: [{ name: 'Ukuran', values: [] }] },
      'options.0.values',
    ],
    ['an unknown field', { priceOverride: 1 }, ''],
  ])(
    'product:create with %s is INVALID_PAYLOAD with issues; nothing saved',
    async (_n, bad, path) => {
      const staff = await agent();
      const count = await countProducts();
      const version = await catalogVersion();
      const result = await call(staff, 'product:create', {
        name: 'Valid',
        price: 1,
        stock: 1,
        ...bad,
      });
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe('INVALID_PAYLOAD');
      expect(result.error.issues?.map((issue) => issue.path)).toContain(path);
      expect(await countProducts()).toBe(count);
      expect(await catalogVersion()).toBe(version);
    },
  );

  test("another business's uploaded image cannot be used, and an invalid update changes nothing", async () => {
    const staff = await agent();
    const other = await createOtherBusiness(harness.store, `img-${randomUUID().slice(0, 8)}`);
    const theirs = await insertMedia(harness.store.db, {
      businessId: other.businessId,
      bytes: new Uint8Array([1]),
      contentType: 'image/webp',
      width: 1,
      height: 1,
    });
    const product = await createProduct(staff);
    const version = await catalogVersion();
    const result = await call(staff, 'product:update', {
      productId: product.id,
      price: 1,
      images: [`/media/${theirs.id}`],
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_PAYLOAD', issues: [{ path: 'images.0' }] },
    });
    const list = await request(staff, 'catalog:admin-list', {});
    expect(list.products.find((p) => p.id === product.id)).toMatchObject({ price: 120000 });
    expect(await catalogVersion()).toBe(version);
  });

  test('every change reaches shoppers with the chat open and every agent of the business', async () => {
    const staff = await agent();
    const colleague = await agent();
    const customer = await shopper();
    await request(customer, 'conversation:open', { businessSlug: 'demo' });
    const heardByShopper = nextEvent(customer, 'catalog:updated');
    const heardByColleague = nextEvent(colleague, 'catalog:updated');
    const { version } = await request(staff, 'product:create', {
      name: 'Baru',
      price: 1,
      stock: 1,
    });
    const expected = { businessSlug: 'demo', version };
    expect(await heardByShopper).toMatchObject(expected);
    expect(await heardByColleague).toMatchObject(expected);
  });

  test('a price change reaches the carts holding the product, flagged, and the old catalog version cannot send', async () => {
    const staff = await agent();
    const product = await createProduct(staff);
    const { customer, conversationId, cart } = await shopperHolding(product.id, 2);
    const heard = nextEvent(customer, 'cart:updated');
    await request(staff, 'product:update', { productId: product.id, price: 99000 });
    const { cart: updated, removed } = await heard;
    expect(removed).toBeUndefined();
    expect(updated.changed).toBe(true);
    expect(updated.items[0]).toMatchObject({
      unitPrice: 99000,
      addedPrice: 120000,
      lineTotal: 198000,
    });
    expect(updated.catalogVersion).toBe(cart.catalogVersion + 1);
    const stale = await call(customer, 'cart:send', sendPayload(conversationId, cart));
    expect(stale).toMatchObject({ ok: false, error: { code: 'CART_CHANGED' } });
  });

  test('hiding a product makes its cart line unavailable; showing it again brings it back', async () => {
    const staff = await agent();
    const product = await createProduct(staff);
    const { customer } = await shopperHolding(product.id);
    let heard = nextEvent(customer, 'cart:updated');
    await request(staff, 'product:update', { productId: product.id, hidden: true });
    expect((await heard).cart.items[0]).toMatchObject({ available: false });
    expect((await getCatalog(harness.store.db, 'demo')).products.map((p) => p.id)).not.toContain(
      product.id,
    );
    heard = nextEvent(customer, 'cart:updated');
    const { product: shown } = await request(staff, 'product:update', {
      productId: product.id,
      hidden: false,
    });
    expect(shown).toMatchObject({ hidden: false, name: product.name, price: product.price });
    expect((await heard).cart.items[0]).toMatchObject({ available: true });
  });

  test('options a cart line chose that the product no longer offers take that line out', async () => {
    const staff = await agent();
    const product = await createProduct(staff, {
      options: [{ name: 'Ukuran', values: ['S', 'M', 'L'] }],
    });
    const customer = await shopper();
    const { conversationId } = await fillCart(customer, [
      { productId: product.id, quantity: 1, options: { Ukuran: 'S' } },
      { productId: product.id, quantity: 1, options: { Ukuran: 'M' } },
    ]);
    const heard = nextEvent(customer, 'cart:updated');
    await request(staff, 'product:update', {
      productId: product.id,
      options: [{ name: 'Ukuran', values: ['M', 'L', 'XL'] }],
    });
    const { cart, removed } = await heard;
    expect(removed).toEqual([product.name]);
    expect(cart.items.map((item) => item.options)).toEqual([{ Ukuran: 'M' }]);
    const fresh = await request(customer, 'cart:get', { conversationId });
    expect(fresh.cart.items).toHaveLength(1);
  });

  test('deleting a product takes it out of carts (the shopper is told); orders keep their snapshot and cannot be accepted', async () => {
    const staff = await agent();
    const product = await createProduct(staff);
    const keeper = await createProduct(staff);
    // One shopper already sent an order with it; another still has it in the cart.
    const buyer = await shopper();
    const sent = await fillCart(buyer, [{ productId: product.id, quantity: 1 }]);
    const { message } = await request(
      buyer,
      'cart:send',
      sendPayload(sent.conversationId, sent.cart),
    );
    const customer = await shopper();
    const { conversationId } = await fillCart(customer, [
      { productId: product.id, quantity: 2 },
      { productId: keeper.id, quantity: 1 },
    ]);

    const heard = nextEvent(customer, 'cart:updated');
    const catalogHeard = nextEvent(customer, 'catalog:updated');
    const deleted = await request(staff, 'product:delete', { productId: product.id });
    expect(deleted.productId).toBe(product.id);
    const { cart, removed } = await heard;
    expect(removed).toEqual([product.name]);
    expect(cart.items.map((item) => item.productId)).toEqual([keeper.id]);
    expect((await catalogHeard).version).toBe(deleted.version);
    expect((await request(customer, 'cart:get', { conversationId })).cart.items).toHaveLength(1);

    const order = await harness.store.db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', message.order!.id)
      .executeTakeFirstOrThrow();
    expect(order.items[0]).toMatchObject({
      productId: product.id,
      name: product.name,
      unitPrice: 120000,
    });
    const accept = await call(staff, 'order:accept', { orderId: order.id });
    expect(accept).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK' } });
    if (!accept.ok) expect(accept.error.message).toContain(product.name);
    const declined = await request(staff, 'order:decline', { orderId: order.id });
    expect(declined.order.status).toBe('declined');
  });

  test('collections: create, rename, reorder and delete (its products move to no collection)', async () => {
    const staff = await agent();
    const start = await catalogVersion();
    const created = await request(staff, 'collection:create', { name: 'Tas & Dompet' });
    expect(created.collection).toMatchObject({ name: 'Tas & Dompet', slug: 'tas-dompet' });
    const renamed = await request(staff, 'collection:update', {
      collectionId: created.collection.id,
      name: 'Tas',
    });
    expect(renamed.collection).toMatchObject({ name: 'Tas', slug: 'tas-dompet' });

    const { collections } = await request(staff, 'catalog:admin-list', {});
    const reversed = collections.map((c) => c.id).reverse();
    const reordered = await request(staff, 'collection:reorder', { collectionIds: reversed });
    expect(reordered.collections.map((c) => c.id)).toEqual(reversed);
    const partial = await call(staff, 'collection:reorder', { collectionIds: reversed.slice(1) });
    expect(partial).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });

    const product = await createProduct(staff, { collectionId: created.collection.id });
    const removed = await request(staff, 'collection:delete', {
      collectionId: created.collection.id,
    });
    expect(removed.version).toBe(start + 5);
    const list = await request(staff, 'catalog:admin-list', {});
    expect(list.collections.some((c) => c.id === created.collection.id)).toBe(false);
    expect(list.products.find((p) => p.id === product.id)?.collectionId).toBeNull();
  });

  test('a product can be edited field by field, and a blank SKU is made again from the new name', async () => {
    const staff = await agent();
    const product = await createProduct(staff, { name: 'Dompet Kulit', sku: 'DK-01' });
    expect(product.sku).toBe('DK-01');
    const { product: edited } = await request(staff, 'product:update', {
      productId: product.id,
      name: 'Dompet Kulit Sapi',
      sku: '',
      stock: 0,
    });
    expect(edited).toMatchObject({ name: 'Dompet Kulit Sapi', sku: 'dompet-kulit-sapi', stock: 0 });
    expect(edited.price).toBe(product.price);
    const again = await createProduct(staff, { name: 'Dompet Kulit Sapi' });
    expect(again.sku).toBe('dompet-kulit-sapi-2');
  });

  test('the demo products edited here keep working in the shopper catalog', async () => {
    const staff = await agent();
    const coffee = await productBySku(harness.store, 'kopi-arabika-gayo');
    const { product } = await request(staff, 'product:update', { productId: coffee.id, stock: 7 });
    expect(product.options).toEqual(coffee.options);
    const shopperView = await getCatalog(harness.store.db, 'demo');
    expect(shopperView.products.find((p) => p.id === coffee.id)?.stock).toBe(7);
  });
});
