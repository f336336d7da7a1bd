import 'fake-indexeddb/auto';
import { randomUUID } from 'node:crypto';
import { openOfflineDatabase, type OfflineDatabase } from '@/lib/client/offline/db';
import type { OutboxEntry } from '@/lib/client/offline/outbox-entry';
import { OfflineSession, type CartSignal } from '@/lib/client/offline/session';
import { RequestError } from '@/lib/client/request';
import type { ClientSocket } from '@/lib/client/socket';
import type { Message } from '@/lib/protocol/chat.schema';
import type { Cart, Catalog, Product } from '@/lib/protocol/commerce.schema';
import type { Result } from '@/lib/protocol/errors';

const conversationId = randomUUID();
const databases: OfflineDatabase[] = [];
afterEach(() => {
  for (const db of databases.splice(0)) db.close();
});

async function session(): Promise<OfflineSession> {
  const db = await openOfflineDatabase(`obrol-test-${randomUUID()}`);
  databases.push(db);
  return new OfflineSession(db, 'demo');
}

const product: Product = {
  id: randomUUID(),
  sku: 'kain-batik',
  collectionId: null,
  name: 'Kain Batik Tulis Kawung',
  description: '',
  price: 450000,
  currency: 'IDR',
  stock: 5,
  options: [],
  images: [],
};
const catalog: Catalog = {
  businessSlug: 'demo',
  version: 1,
  currency: 'IDR',
  collections: [],
  products: [product],
};
const emptyCart: Cart = {
  conversationId,
  version: 3,
  catalogVersion: 1,
  currency: 'IDR',
  items: [],
  itemCount: 0,
  subtotal: 0,
  changed: false,
};

type Answer = (payload: Record<string, unknown>) => Result<unknown>;

/** A socket that answers each event from `answers` and records what was emitted. */
function fakeSocket(answers: Record<string, Answer>, connected = true) {
  const emitted: Array<[string, Record<string, unknown>]> = [];
  const socket = {
    connected,
    timeout: () => ({
      emit(
        event: string,
        payload: Record<string, unknown>,
        ack: (e: Error | null, r: unknown) => void,
      ) {
        emitted.push([event, payload]);
        const answer = answers[event];
        setTimeout(() => (answer ? ack(null, answer(payload)) : ack(new Error('timed out'), null)));
      },
    }),
  };
  return { socket: socket as unknown as ClientSocket, emitted };
}

function stored(clientId: string, seq: number, kind: 'text' | 'order' = 'text'): Message {
  return {
    id: randomUUID(),
    clientId,
    conversationId,
    seq,
    sender: 'shopper',
    kind,
    text: kind === 'order' ? 'Order #1 · 1 item' : 'halo',
    order: null,
    agentName: null,
    createdAt: new Date().toISOString(),
  };
}

function listen(offline: OfflineSession) {
  const carts: CartSignal[] = [];
  offline.onCart((signal) => carts.push(signal));
  const delivered: Message[] = [];
  const failed: OutboxEntry[] = [];
  return {
    carts,
    delivered,
    failed,
    target: (socket: ClientSocket) => ({
      socket,
      conversationId,
      delivered: (message: Message) => delivered.push(message),
      failed: (entry: OutboxEntry) => failed.push(entry),
    }),
  };
}

describe('flushing the outbox over the socket', () => {
  test('a message, an offline cart change and a queued cart go out in order with their client ids; the server cart wins after', async () => {
    const offline = await session();
    await offline.cache.saveCatalog(catalog);
    const messageId = randomUUID();
    await offline.outbox.enqueue(messageId, { kind: 'message', clientId: messageId, text: 'halo' });
    const local = await offline.queueCartChange(emptyCart, {
      kind: 'add',
      productId: product.id,
      options: {},
      quantity: 1,
    });
    expect(local).toMatchObject({ version: 4, itemCount: 1, subtotal: 450000 });
    const cartId = randomUUID();
    const emptied = await offline.queueCartSend(local, cartId, 'kado');
    expect(emptied).toMatchObject({ version: 5, items: [] });

    let serverCart = emptyCart;
    const { socket, emitted } = fakeSocket({
      'message:send': ({ clientId }) => ({
        ok: true,
        data: { message: stored(String(clientId), 2) },
      }),
      'cart:add': () => {
        serverCart = { ...serverCart, version: serverCart.version + 1 };
        return { ok: true, data: { cart: serverCart } };
      },
      'cart:send': ({ clientId }) => ({
        ok: true,
        data: { message: stored(String(clientId), 3, 'order'), cart: serverCart },
      }),
      'cart:get': () => ({ ok: true, data: { cart: serverCart } }),
    });
    const seen = listen(offline);
    expect(await offline.flush(seen.target(socket))).toBe('done');

    expect(emitted.map(([event]) => event)).toEqual([
      'message:send',
      'cart:add',
      'cart:send',
      'cart:get',
    ]);
    expect(emitted[2]?.[1]).toEqual({
      conversationId,
      clientId: cartId,
      cartVersion: 5 - 1,
      catalogVersion: 1,
      note: 'kado',
    });
    expect(seen.delivered.map((m) => m.clientId)).toEqual([messageId, cartId]);
    expect(seen.carts.at(-1)).toEqual({ cart: serverCart, authoritative: true, changed: false });
    expect(await offline.outbox.list()).toEqual([]);
  });

  test('a queued add of a product deleted meanwhile fails clearly and stays for Retry or Delete; later sends still go', async () => {
    const offline = await session();
    await offline.cache.saveCatalog(catalog);
    await offline.queueCartChange(emptyCart, {
      kind: 'add',
      productId: product.id,
      options: {},
      quantity: 1,
    });
    const messageId = randomUUID();
    await offline.outbox.enqueue(messageId, { kind: 'message', clientId: messageId, text: 'halo' });
    const { socket } = fakeSocket({
      'cart:add': () => ({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'This product is not in the catalog.' },
      }),
      'message:send': ({ clientId }) => ({
        ok: true,
        data: { message: stored(String(clientId), 2) },
      }),
      'cart:get': () => ({ ok: true, data: { cart: emptyCart } }),
    });
    const seen = listen(offline);
    await offline.flush(seen.target(socket));

    expect(seen.delivered.map((m) => m.clientId)).toEqual([messageId]);
    const [failure] = await offline.failedCartChanges();
    expect(failure).toMatchObject({
      status: 'failed',
      failure: { code: 'NOT_FOUND' },
      operation: { kind: 'cart-add', name: product.name },
    });
    expect(seen.carts.at(-1)).toMatchObject({ cart: emptyCart, authoritative: true });
  });

  test('a queued cart the server refuses as CART_CHANGED is shown failed and the cart as updated', async () => {
    const offline = await session();
    const cartId = randomUUID();
    await offline.queueCartSend({ ...emptyCart, itemCount: 1, subtotal: 450000 }, cartId);
    const { socket } = fakeSocket({
      'cart:send': () => ({
        ok: false,
        error: { code: 'CART_CHANGED', message: 'Your cart or the catalog changed.' },
      }),
      'cart:get': () => ({ ok: true, data: { cart: { ...emptyCart, version: 9 } } }),
    });
    const seen = listen(offline);
    await offline.flush(seen.target(socket));
    expect(seen.failed.map((e) => [e.id, e.failure?.code])).toEqual([[cartId, 'CART_CHANGED']]);
    expect(seen.carts.at(-1)).toMatchObject({ authoritative: true, changed: true });
    expect(await offline.outbox.list()).toHaveLength(1);
  });

  test('with the socket disconnected nothing is emitted (socket.io would buffer it) and all stays queued', async () => {
    const offline = await session();
    const messageId = randomUUID();
    await offline.outbox.enqueue(messageId, { kind: 'message', clientId: messageId, text: 'halo' });
    const { socket, emitted } = fakeSocket({}, false);
    expect(await offline.flush(listen(offline).target(socket))).toBe('stopped');
    expect(emitted).toEqual([]);
    expect(await offline.outbox.list()).toMatchObject([{ id: messageId, status: 'queued' }]);
  });

  test('removing a line that is already gone counts as done', async () => {
    const offline = await session();
    const itemId = randomUUID();
    await offline.outbox.enqueue(randomUUID(), { kind: 'cart-remove', itemId, name: 'Kain' });
    const { socket } = fakeSocket({
      'cart:remove': () => ({
        ok: false,
        error: { code: 'NOT_FOUND', message: 'That item is not in the cart any more.' },
      }),
      'cart:get': () => ({ ok: true, data: { cart: emptyCart } }),
    });
    await offline.flush(listen(offline).target(socket));
    expect(await offline.outbox.list()).toEqual([]);
  });
});

describe('cart changes made offline', () => {
  test('a line made offline is changed and removed by rewriting its queued add, keeping the version count right', async () => {
    const offline = await session();
    await offline.cache.saveCatalog(catalog);
    const added = await offline.queueCartChange(emptyCart, {
      kind: 'add',
      productId: product.id,
      options: {},
      quantity: 1,
    });
    const line = added.items[0];
    if (!line) throw new Error('no line was added');
    const again = await offline.queueCartChange(added, {
      kind: 'add',
      productId: product.id,
      options: {},
      quantity: 1,
    });
    expect(again).toMatchObject({ version: 5, itemCount: 2 });

    const updated = await offline.queueCartChange(again, {
      kind: 'update',
      itemId: line.id,
      quantity: 3,
    });
    expect(updated).toMatchObject({ version: 4, itemCount: 3, subtotal: 3 * 450000 });
    expect((await offline.outbox.list()).map((e) => e.operation)).toMatchObject([
      { kind: 'cart-add', quantity: 3 },
    ]);

    const removed = await offline.queueCartChange(updated, { kind: 'remove', itemId: line.id });
    expect(removed).toMatchObject({ version: 3, items: [] });
    expect(await offline.outbox.list()).toEqual([]);
  });

  test('a product missing from the cached catalog cannot be added offline', async () => {
    const offline = await session();
    await expect(
      offline.queueCartChange(emptyCart, {
        kind: 'add',
        productId: randomUUID(),
        options: {},
        quantity: 1,
      }),
    ).rejects.toEqual(expect.any(RequestError));
    expect(await offline.outbox.list()).toEqual([]);
  });
});
