// An outbox flush repeats sends the server may already have stored (an ack lost to a dropped
// connection, two tabs flushing at once): each client id must still make one message or one order.
import { randomUUID } from 'node:crypto';
import { call, nextEvent, request, type TestSocket } from '../../support/clients';
import { fillCart, productBySku } from '../../support/commerce';
import { useRealtimeHarness } from '../../support/harness';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('outbox flushes repeating client ids (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  const { shopper, agent } = harness;

  async function rowsWithClientId(conversationId: string, clientId: string) {
    return harness.store.db
      .selectFrom('messages')
      .select(['id', 'seq'])
      .where('conversation_id', '=', conversationId)
      .where('client_id', '=', clientId)
      .execute();
  }

  async function orderCount(conversationId: string) {
    const rows = await harness.store.db
      .selectFrom('orders')
      .select('id')
      .where('conversation_id', '=', conversationId)
      .execute();
    return rows.length;
  }

  /** Counts the message:created events an agent in the room gets for a client id. */
  function countCreated(socket: TestSocket, clientId: string) {
    const seen = { count: 0 };
    socket.on('message:created', ({ message }) => {
      if (message.clientId === clientId) seen.count += 1;
    });
    return seen;
  }

  async function watchingAgent(conversationId: string) {
    const staff = await agent();
    await request(staff, 'conversation:join', { conversationId });
    return staff;
  }

  test('message:send with one client id, repeated, after a reconnect and from two tabs at once, is stored once and broadcast once', async () => {
    const shopperId = randomUUID();
    const tab = await shopper(shopperId);
    const { conversation } = await request(tab, 'conversation:open', { businessSlug: 'demo' });
    const staff = await watchingAgent(conversation.id);
    const payload = { conversationId: conversation.id, clientId: randomUUID(), text: 'Sekali' };
    const created = countCreated(staff, payload.clientId);
    const broadcast = nextEvent(staff, 'message:created');

    const first = await request(tab, 'message:send', payload);
    await broadcast;
    const again = await request(tab, 'message:send', payload);
    tab.close();
    const back = await shopper(shopperId);
    const afterReconnect = await request(back, 'message:send', payload);
    const otherTab = await shopper(shopperId);
    const [a, b] = await Promise.all([
      request(back, 'message:send', payload),
      request(otherTab, 'message:send', payload),
    ]);

    for (const ack of [again, afterReconnect, a, b]) expect(ack.message).toEqual(first.message);
    expect(await rowsWithClientId(conversation.id, payload.clientId)).toHaveLength(1);
    // A later message is broadcast: by then any copy of the repeat would have arrived too.
    const later = nextEvent(staff, 'message:created');
    await request(back, 'message:send', { ...payload, clientId: randomUUID(), text: 'Lagi' });
    await later;
    expect(created.count).toBe(1);
  });

  test('two tabs sending a new client id at the same moment store one message', async () => {
    const shopperId = randomUUID();
    const [one, two] = [await shopper(shopperId), await shopper(shopperId)];
    const { conversation } = await request(one, 'conversation:open', { businessSlug: 'demo' });
    const payload = { conversationId: conversation.id, clientId: randomUUID(), text: 'Balapan' };
    const [a, b] = await Promise.all([
      request(one, 'message:send', payload),
      request(two, 'message:send', payload),
    ]);
    expect(a.message).toEqual(b.message);
    expect(await rowsWithClientId(conversation.id, payload.clientId)).toHaveLength(1);
  });

  test('cart:send with one client id, repeated, after a reconnect and from two tabs at once, makes one order', async () => {
    const shopperId = randomUUID();
    const bowl = await productBySku(harness.store, 'mangkuk-kayu-jati');
    const tab = await shopper(shopperId);
    const { conversationId, cart } = await fillCart(tab, [{ productId: bowl.id, quantity: 1 }]);
    const staff = await watchingAgent(conversationId);
    const payload = {
      conversationId,
      clientId: randomUUID(),
      cartVersion: cart.version,
      catalogVersion: cart.catalogVersion,
    };
    const created = countCreated(staff, payload.clientId);

    const first = await request(tab, 'cart:send', payload);
    const again = await request(tab, 'cart:send', payload);
    tab.close();
    const back = await shopper(shopperId);
    const afterReconnect = await request(back, 'cart:send', payload);
    const otherTab = await shopper(shopperId);
    const [a, b] = await Promise.all([
      request(back, 'cart:send', payload),
      request(otherTab, 'cart:send', payload),
    ]);

    for (const ack of [again, afterReconnect, a, b]) {
      expect(ack.message.id).toBe(first.message.id);
      expect(ack.message.order?.id).toBe(first.message.order?.id);
      expect(ack.cart.items).toEqual([]);
    }
    expect(await rowsWithClientId(conversationId, payload.clientId)).toHaveLength(1);
    expect(await orderCount(conversationId)).toBe(1);
    const later = nextEvent(staff, 'message:created');
    await request(back, 'message:send', { conversationId, clientId: randomUUID(), text: 'Sudah' });
    await later;
    expect(created.count).toBe(1);
  });

  test('two tabs flushing the same queued cart at once make one order', async () => {
    const shopperId = randomUUID();
    const bowl = await productBySku(harness.store, 'mangkuk-kayu-jati');
    const one = await shopper(shopperId);
    const two = await shopper(shopperId);
    const { conversationId, cart } = await fillCart(one, [{ productId: bowl.id, quantity: 1 }]);
    const payload = {
      conversationId,
      clientId: randomUUID(),
      cartVersion: cart.version,
      catalogVersion: cart.catalogVersion,
    };
    const [a, b] = await Promise.all([
      request(one, 'cart:send', payload),
      request(two, 'cart:send', payload),
    ]);
    expect(a.message.id).toBe(b.message.id);
    expect(await orderCount(conversationId)).toBe(1);
  });

  test('a queued cart change or cart for a product deleted since gets a clear refusal, and nothing is stored', async () => {
    const staff = await agent();
    const { product } = await request(staff, 'product:create', {
      name: `Tas Anyaman ${randomUUID().slice(0, 8)}`,
      price: 120000,
      stock: 10,
    });
    const customer = await shopper();
    const { conversationId, cart } = await fillCart(customer, [
      { productId: product.id, quantity: 1 },
    ]);
    await request(staff, 'product:delete', { productId: product.id });

    // The add queued offline before the deletion.
    const add = await call(customer, 'cart:add', {
      conversationId,
      productId: product.id,
      options: {},
      quantity: 1,
    });
    expect(add).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'This product is not in the catalog.' },
    });
    // The cart queued with it: the deletion took the line out, so the queued versions are stale.
    const clientId = randomUUID();
    const sent = await call(customer, 'cart:send', {
      conversationId,
      clientId,
      cartVersion: cart.version,
      catalogVersion: cart.catalogVersion,
    });
    expect(sent).toMatchObject({ ok: false, error: { code: 'CART_CHANGED' } });
    expect(await rowsWithClientId(conversationId, clientId)).toHaveLength(0);
    expect(await orderCount(conversationId)).toBe(0);
  });
  test('cart:add with one client id, replayed and from two tabs at once, adds its quantity once', async () => {
    const shopperId = randomUUID();
    const tab = await shopper(shopperId);
    const { conversation } = await request(tab, 'conversation:open', { businessSlug: 'demo' });
    const product = await productBySku(harness.store, 'selendang-batik-truntum');
    const add = {
      conversationId: conversation.id,
      clientId: randomUUID(),
      productId: product.id,
      quantity: 2,
    };
    const first = await request(tab, 'cart:add', add);
    expect(first.cart.items.map((item) => item.quantity)).toEqual([2]);
    tab.close();

    const [again, otherTab] = await Promise.all([shopper(shopperId), shopper(shopperId)]);
    await Promise.all([
      request(again, 'conversation:open', { businessSlug: 'demo' }),
      request(otherTab, 'conversation:open', { businessSlug: 'demo' }),
    ]);
    const replays = await Promise.all([
      request(again, 'cart:add', add),
      request(otherTab, 'cart:add', add),
    ]);
    for (const { cart } of replays) {
      expect(cart.items.map((item) => item.quantity)).toEqual([2]);
      expect(cart.version).toBe(first.cart.version);
    }

    // A new addition (a new client id) still adds, and one without a client id behaves as before.
    const more = await request(again, 'cart:add', { ...add, clientId: randomUUID(), quantity: 1 });
    expect(more.cart.items.map((item) => item.quantity)).toEqual([3]);
    const { clientId: _clientId, ...plain } = add;
    const plainAdd = await request(again, 'cart:add', { ...plain, quantity: 1 });
    expect(plainAdd.cart.items.map((item) => item.quantity)).toEqual([4]);
  });

  test('a cart:add client id is not a valid uuid → INVALID_PAYLOAD and nothing added', async () => {
    const tab = await shopper();
    const { conversation } = await request(tab, 'conversation:open', { businessSlug: 'demo' });
    const product = await productBySku(harness.store, 'selendang-batik-truntum');
    const result = await call(tab, 'cart:add', {
      conversationId: conversation.id,
      clientId: 'not-a-uuid',
      productId: product.id,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_PAYLOAD' } });
    const { cart } = await request(tab, 'cart:get', { conversationId: conversation.id });
    expect(cart.items).toEqual([]);
  });
});
