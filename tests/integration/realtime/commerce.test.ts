import { randomUUID } from 'node:crypto';
import { call, nextEvent, request } from '../../support/clients';
import { fillCart, productBySku, sendPayload } from '../../support/commerce';
import { createOtherBusiness } from '../../support/seed';
import { useRealtimeHarness } from '../../support/harness';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('catalog, cart and orders (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { shopper, agent } = harness;

  async function countRows(table: 'orders' | 'messages' | 'cart_items') {
    const row = await harness.store.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  }

  test('add, change and remove cart items; the cart is priced from the catalog', async () => {
    const shirt = await productBySku(harness.store, 'kemeja-batik-parang');
    const coffee = await productBySku(harness.store, 'kopi-arabika-gayo');
    const customer = await shopper();
    const { conversationId, cart } = await fillCart(customer, [
      { productId: shirt.id, quantity: 1, options: { Ukuran: 'L' } },
      { productId: shirt.id, quantity: 1, options: { Ukuran: 'L' } },
      { productId: coffee.id, quantity: 2, options: { Gilingan: 'Biji utuh' } },
    ]);
    expect(cart.items.map((i) => [i.sku, i.options, i.quantity, i.unitPrice, i.lineTotal])).toEqual(
      [
        ['kemeja-batik-parang', { Ukuran: 'L' }, 2, 285000, 570000],
        ['kopi-arabika-gayo', { Gilingan: 'Biji utuh' }, 2, 95000, 190000],
      ],
    );
    expect(cart).toMatchObject({ itemCount: 4, subtotal: 760000, changed: false });

    const coffeeLine = cart.items[1]!;
    const updated = await request(customer, 'cart:update', {
      conversationId,
      itemId: coffeeLine.id,
      quantity: 5,
    });
    expect(updated.cart.subtotal).toBe(570000 + 5 * 95000);
    const removed = await request(customer, 'cart:remove', {
      conversationId,
      itemId: coffeeLine.id,
    });
    expect(removed.cart.items).toHaveLength(1);
    expect(removed.cart.version).toBeGreaterThan(updated.cart.version);
  });

  test("a change in one of the shopper's tabs appears live in the others", async () => {
    const id = randomUUID();
    const tabA = await shopper(id);
    const tabB = await shopper(id);
    const { conversationId } = await fillCart(tabA, []);
    await request(tabB, 'conversation:open', { businessSlug: 'demo' });
    const heard = nextEvent(tabB, 'cart:updated');
    const bowl = await productBySku(harness.store, 'mangkuk-kayu-jati');
    const { cart } = await request(tabA, 'cart:add', {
      conversationId,
      productId: bowl.id,
      quantity: 1,
    });
    expect((await heard).cart).toEqual(cart);
  });

  test('a price change after adding is flagged in the cart with the new figures', async () => {
    const customer = await shopper();
    const pot = await productBySku(harness.store, 'kendi-gerabah-kasongan');
    const { conversationId } = await fillCart(customer, [{ productId: pot.id, quantity: 2 }]);
    await harness.store.db
      .updateTable('products')
      .set({ price: 90000 })
      .where('id', '=', pot.id)
      .execute();
    try {
      const { cart } = await request(customer, 'cart:get', { conversationId });
      expect(cart.changed).toBe(true);
      expect(cart.items[0]).toMatchObject({
        addedPrice: 85000,
        unitPrice: 90000,
        lineTotal: 180000,
      });
    } finally {
      await harness.store.db
        .updateTable('products')
        .set({ price: 85000 })
        .where('id', '=', pot.id)
        .execute();
    }
  });

  test('send cart stores one order priced by the server, empties the cart and reaches the agent', async () => {
    const shirt = await productBySku(harness.store, 'kemeja-batik-parang');
    const scarf = await productBySku(harness.store, 'selendang-batik-truntum');
    const customer = await shopper();
    const { conversationId, cart } = await fillCart(customer, [
      { productId: shirt.id, quantity: 2, options: { Ukuran: 'M' } },
      { productId: scarf.id, quantity: 1 },
    ]);
    const staff = await agent();
    await request(staff, 'conversation:join', { conversationId });
    const atAgent = nextEvent(staff, 'message:created');

    const payload = { ...sendPayload(conversationId, cart), note: 'Tolong dibungkus kado' };
    const { message, cart: emptied } = await request(customer, 'cart:send', payload);
    expect(message.kind).toBe('order');
    expect(message.order).toMatchObject({
      status: 'pending',
      total: 2 * 285000 + 175000,
      currency: 'IDR',
      note: 'Tolong dibungkus kado',
      catalogVersion: cart.catalogVersion,
    });
    expect(message.order?.items).toEqual([
      expect.objectContaining({
        productId: shirt.id,
        sku: shirt.sku,
        quantity: 2,
        unitPrice: 285000,
        lineTotal: 570000,
        currency: 'IDR',
        options: { Ukuran: 'M' },
      }),
      expect.objectContaining({
        productId: scarf.id,
        quantity: 1,
        unitPrice: 175000,
        lineTotal: 175000,
      }),
    ]);
    expect(emptied.items).toEqual([]);
    expect((await atAgent).message).toEqual(message);
  });

  test('a payload carrying its own prices or totals is rejected and nothing is stored', async () => {
    const shirt = await productBySku(harness.store, 'kemeja-batik-parang');
    const customer = await shopper();
    const { conversationId, cart } = await fillCart(customer, [
      { productId: shirt.id, quantity: 1, options: { Ukuran: 'S' } },
    ]);
    const before = await countRows('orders');
    for (const extra of [
      { total: 1 },
      { prices: { [shirt.id]: 1 } },
      { items: [{ productId: shirt.id, unitPrice: 1 }] },
    ]) {
      const result = await call(customer, 'cart:send', {
        ...sendPayload(conversationId, cart),
        ...extra,
      });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    }
    const added = await call(customer, 'cart:add', {
      conversationId,
      productId: shirt.id,
      quantity: 1,
      options: { Ukuran: 'S' },
      price: 1,
    });
    expect(added).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    expect(await countRows('orders')).toBe(before);
  });

  test('send cart pressed twice, or retried after a dropped connection, makes exactly one order', async () => {
    const id = randomUUID();
    const bowl = await productBySku(harness.store, 'mangkuk-kayu-jati');
    let customer = await shopper(id);
    const { conversationId, cart } = await fillCart(customer, [
      { productId: bowl.id, quantity: 1 },
    ]);
    const payload = sendPayload(conversationId, cart);
    const before = await countRows('orders');
    const [a, b] = await Promise.all([
      request(customer, 'cart:send', payload),
      request(customer, 'cart:send', payload),
    ]);
    expect(a.message).toEqual(b.message);
    customer.close();
    customer = await shopper(id);
    await request(customer, 'conversation:open', { businessSlug: 'demo' });
    const retried = await request(customer, 'cart:send', payload);
    expect(retried.message.id).toBe(a.message.id);
    expect(await countRows('orders')).toBe(before + 1);
  });

  test('bad cart input gets a clear error and changes nothing', async () => {
    const shirt = await productBySku(harness.store, 'kemeja-batik-parang');
    const soldOut = await productBySku(harness.store, 'tas-rotan-bulat');
    const lastOne = await productBySku(harness.store, 'wayang-kulit-arjuna');
    const customer = await shopper();
    const { conversationId, cart } = await fillCart(customer, []);
    const add = (payload: Record<string, unknown>) =>
      call(customer, 'cart:add', { conversationId, ...payload });
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ productId: randomUUID(), quantity: 1 }, 'NOT_FOUND'],
      [{ productId: shirt.id, quantity: 1 }, 'INVALID_PAYLOAD'],
      [{ productId: shirt.id, quantity: 1, options: { Ukuran: 'XS' } }, 'INVALID_PAYLOAD'],
      [
        { productId: shirt.id, quantity: 1, options: { Ukuran: 'L', Warna: 'Merah' } },
        'INVALID_PAYLOAD',
      ],
      [{ productId: shirt.id, quantity: 0, options: { Ukuran: 'L' } }, 'INVALID_PAYLOAD'],
      [{ productId: shirt.id, quantity: -2, options: { Ukuran: 'L' } }, 'INVALID_PAYLOAD'],
      [{ productId: shirt.id, quantity: 1.5, options: { Ukuran: 'L' } }, 'INVALID_PAYLOAD'],
      [{ productId: shirt.id, quantity: 100, options: { Ukuran: 'L' } }, 'INVALID_PAYLOAD'],
      [{ productId: shirt.id, quantity: '2', options: { Ukuran: 'L' } }, 'INVALID_PAYLOAD'],
      [{ productId: shirt.id, quantity: 19, options: { Ukuran: 'L' } }, 'OUT_OF_STOCK'],
      [{ productId: soldOut.id, quantity: 1, options: { Warna: 'Natural' } }, 'OUT_OF_STOCK'],
      [{ productId: lastOne.id, quantity: 2 }, 'OUT_OF_STOCK'],
    ];
    for (const [payload, code] of cases) {
      const result = await add(payload);
      expect({ payload, result }).toMatchObject({
        payload,
        result: { ok: false, error: { code } },
      });
    }
    const after = await request(customer, 'cart:get', { conversationId });
    expect(after.cart.items).toEqual([]);
    expect(after.cart.version).toBe(cart.version);

    const empty = await call(customer, 'cart:send', sendPayload(conversationId, after.cart));
    expect(empty).toMatchObject({ ok: false, error: { code: 'CART_EMPTY' } });
    const stale = await call(customer, 'cart:send', {
      ...sendPayload(conversationId, after.cart),
      cartVersion: after.cart.version + 7,
    });
    expect(stale).toMatchObject({ ok: false, error: { code: 'CART_CHANGED' } });
  });

  test('carts and orders of another shopper or business cannot be touched', async () => {
    const bowl = await productBySku(harness.store, 'mangkuk-kayu-jati');
    const owner = await shopper();
    const { conversationId, cart } = await fillCart(owner, [{ productId: bowl.id, quantity: 1 }]);
    const intruder = await shopper();
    for (const [event, payload] of [
      ['cart:get', { conversationId }],
      ['cart:add', { conversationId, productId: bowl.id, quantity: 1 }],
      ['cart:update', { conversationId, itemId: cart.items[0]!.id, quantity: 2 }],
      ['cart:remove', { conversationId, itemId: cart.items[0]!.id }],
      ['cart:send', sendPayload(conversationId, cart)],
    ] as const) {
      expect(await call(intruder, event, payload)).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    const { message } = await request(owner, 'cart:send', sendPayload(conversationId, cart));
    const orderId = message.order!.id;
    expect(await call(owner, 'order:accept', { orderId })).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN' },
    });

    const other = await createOtherBusiness(harness.store, `other-${randomUUID().slice(0, 8)}`);
    const stranger = await agent(other.email, other.password);
    for (const event of [
      'order:accept',
      'order:decline',
      'order:fulfill',
      'order:cancel',
    ] as const) {
      expect(await call(stranger, event, { orderId })).toMatchObject({
        ok: false,
        error: { code: 'FORBIDDEN' },
      });
    }
    const order = await harness.store.db
      .selectFrom('orders')
      .selectAll()
      .where('id', '=', orderId)
      .executeTakeFirstOrThrow();
    expect(order.status).toBe('pending');
  });

  test('accepting reserves stock, posts a receipt and updates both sides; twice is refused', async () => {
    const vase = await productBySku(harness.store, 'hiasan-ukir-toraja');
    const customer = await shopper();
    const { conversationId, cart } = await fillCart(customer, [
      { productId: vase.id, quantity: 2 },
    ]);
    const { message } = await request(customer, 'cart:send', sendPayload(conversationId, cart));
    const staff = await agent();
    await request(staff, 'conversation:join', { conversationId });

    const statusAtShopper = nextEvent(customer, 'order:updated');
    const receiptAtShopper = nextEvent(customer, 'message:created');
    const { order } = await request(staff, 'order:accept', { orderId: message.order!.id });
    expect(order.status).toBe('accepted');
    expect((await statusAtShopper).order.status).toBe('accepted');
    const { message: receipt } = await receiptAtShopper;
    expect(receipt).toMatchObject({
      kind: 'receipt',
      sender: 'business',
      order: { id: order.id, status: 'accepted', total: 640000 },
    });
    expect((await productBySku(harness.store, vase.sku)).stock).toBe(vase.stock - 2);

    const again = await call(staff, 'order:accept', { orderId: order.id });
    expect(again).toMatchObject({ ok: false, error: { code: 'CONFLICT' } });
    expect((await productBySku(harness.store, vase.sku)).stock).toBe(vase.stock - 2);

    const fulfilled = await request(staff, 'order:fulfill', { orderId: order.id });
    expect(fulfilled.order.status).toBe('fulfilled');
  });

  test('declining takes an optional reason; a declined order cannot then be accepted', async () => {
    const pot = await productBySku(harness.store, 'kendi-gerabah-kasongan');
    const customer = await shopper();
    const { conversationId, cart } = await fillCart(customer, [{ productId: pot.id, quantity: 1 }]);
    const { message } = await request(customer, 'cart:send', sendPayload(conversationId, cart));
    const staff = await agent();
    const { order } = await request(staff, 'order:decline', {
      orderId: message.order!.id,
      reason: 'Stok sedang kosong di gudang',
    });
    expect(order).toMatchObject({
      status: 'declined',
      declineReason: 'Stok sedang kosong di gudang',
    });
    expect(await call(staff, 'order:accept', { orderId: order.id })).toMatchObject({
      ok: false,
      error: { code: 'CONFLICT' },
    });
    expect((await productBySku(harness.store, pot.sku)).stock).toBe(pot.stock);
  });

  test('of two orders racing for the last item, exactly one is accepted; the other is out of stock', async () => {
    const puppet = await productBySku(harness.store, 'wayang-kulit-arjuna');
    expect(puppet.stock).toBe(1);
    const orders = [];
    for (let index = 0; index < 2; index += 1) {
      const customer = await shopper();
      const { conversationId, cart } = await fillCart(customer, [
        { productId: puppet.id, quantity: 1 },
      ]);
      orders.push(
        (await request(customer, 'cart:send', sendPayload(conversationId, cart))).message.order!.id,
      );
    }
    const [agentA, agentB] = [await agent(), await agent()];
    const results = await Promise.all([
      call(agentA, 'order:accept', { orderId: orders[0] }),
      call(agentB, 'order:accept', { orderId: orders[1] }),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok)).toEqual([
      { ok: false, error: { code: 'OUT_OF_STOCK', message: expect.stringMatching(/Wayang/) } },
    ]);
    expect((await productBySku(harness.store, puppet.sku)).stock).toBe(0);
    const statuses = await harness.store.db
      .selectFrom('orders')
      .select('status')
      .where('id', 'in', orders)
      .execute();
    expect(statuses.map((s) => s.status).sort()).toEqual(['accepted', 'pending']);
  });

  test('a shopper cannot send a cart when an item sold out meanwhile; nothing is stored', async () => {
    const coldBrew = await productBySku(harness.store, 'cold-brew-gayo-1l');
    const customer = await shopper();
    const { conversationId, cart } = await fillCart(customer, [
      { productId: coldBrew.id, quantity: 3 },
    ]);
    await harness.store.db
      .updateTable('products')
      .set({ stock: 2 })
      .where('id', '=', coldBrew.id)
      .execute();
    try {
      const [orders, messages] = [await countRows('orders'), await countRows('messages')];
      const result = await call(customer, 'cart:send', sendPayload(conversationId, cart));
      expect(result).toMatchObject({ ok: false, error: { code: 'OUT_OF_STOCK' } });
      expect([await countRows('orders'), await countRows('messages')]).toEqual([orders, messages]);
      expect((await request(customer, 'cart:get', { conversationId })).cart.items).toHaveLength(1);
    } finally {
      await harness.store.db
        .updateTable('products')
        .set({ stock: coldBrew.stock })
        .where('id', '=', coldBrew.id)
        .execute();
    }
  });
});
