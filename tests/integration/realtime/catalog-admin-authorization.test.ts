import { randomUUID } from 'node:crypto';
import type { ClientToServerEvents } from '@/lib/protocol/events';
import { call, nextEvent, request } from '../../support/clients';
import { productBySku } from '../../support/commerce';
import { useRealtimeHarness } from '../../support/harness';
import { createOtherBusiness } from '../../support/seed';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('catalog management is for the business’s own agents (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { shopper, agent } = harness;
  let other: { email: string; password: string };

  beforeAll(async () => {
    other = await createOtherBusiness(harness.store, 'catalog-rival');
  });

  /** Valid payloads for every catalog event, naming the demo business's own product and collection. */
  async function demoPayloads(): Promise<Array<[keyof ClientToServerEvents, unknown]>> {
    const product = await productBySku(harness.store, 'mangkuk-kayu-jati');
    const collections = await harness.store.db
      .selectFrom('collections')
      .select('id')
      .where('business_id', '=', product.business_id)
      .orderBy('position')
      .execute();
    const collectionId = collections[0]!.id;
    return [
      ['catalog:admin-list', {}],
      ['product:create', { name: 'Sneaky', price: 1, stock: 1, collectionId }],
      ['product:update', { productId: product.id, price: 1 }],
      ['product:update', { productId: product.id, hidden: true }],
      ['product:delete', { productId: product.id }],
      ['collection:create', { name: 'Sneaky' }],
      ['collection:update', { collectionId, name: 'Sneaky' }],
      ['collection:delete', { collectionId }],
      ['collection:reorder', { collectionIds: collections.map((c) => c.id).reverse() }],
    ];
  }

  async function demoSnapshot() {
    const business = await harness.store.db
      .selectFrom('businesses')
      .select('catalog_version')
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();
    const products = await harness.store.db
      .selectFrom('products')
      .select(['id', 'price', 'hidden', 'collection_id'])
      .orderBy('id')
      .execute();
    const collections = await harness.store.db
      .selectFrom('collections')
      .select(['id', 'name', 'position'])
      .orderBy('id')
      .execute();
    return { version: business.catalog_version, products, collections };
  }

  test('a shopper socket is FORBIDDEN on every catalog event, and nothing changes', async () => {
    const customer = await shopper();
    const before = await demoSnapshot();
    for (const [event, payload] of await demoPayloads()) {
      const result = await call(customer, event, payload);
      expect([event, result]).toMatchObject([event, { ok: false, error: { code: 'FORBIDDEN' } }]);
    }
    expect(await demoSnapshot()).toEqual(before);
  });

  test("another business's agent gets NOT_FOUND for the demo's products and collections, and nothing changes", async () => {
    const rival = await agent(other.email, other.password);
    const before = await demoSnapshot();
    const refused = (await demoPayloads()).filter(
      ([event]) => event !== 'catalog:admin-list' && event !== 'collection:create',
    );
    for (const [event, payload] of refused) {
      const result = await call(rival, event, payload);
      expect([event, result]).toMatchObject([event, { ok: false, error: { code: 'NOT_FOUND' } }]);
    }
    expect(await demoSnapshot()).toEqual(before);
  });

  test("another business's agent sees and changes only its own catalog; the demo's shoppers hear nothing", async () => {
    const rival = await agent(other.email, other.password);
    const customer = await shopper();
    await request(customer, 'conversation:open', { businessSlug: 'demo' });
    const silence = nextEvent(customer, 'catalog:updated', 1_000).then(
      () => 'heard',
      () => 'silent',
    );
    const { collection } = await request(rival, 'collection:create', { name: 'Rival' });
    const { product } = await request(rival, 'product:create', {
      name: `Rival ${randomUUID().slice(0, 6)}`,
      price: 1,
      stock: 1,
      collectionId: collection.id,
    });
    const list = await request(rival, 'catalog:admin-list', {});
    expect(list.businessSlug).toBe('catalog-rival');
    expect(list.products.map((p) => p.id)).toEqual([product.id]);
    expect(list.collections.map((c) => c.id)).toEqual([collection.id]);
    expect(await silence).toBe('silent');
  });

  test('an unknown product id is NOT_FOUND, the same answer as another business’s', async () => {
    const staff = await agent();
    const result = await call(staff, 'product:delete', { productId: randomUUID() });
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
