import type { OrderList } from '@/lib/protocol/commerce.schema';
import { call, nextEvent, request, type TestSocket } from '../../support/clients';
import { fillCart, productBySku, sendPayload } from '../../support/commerce';
import { useRealtimeHarness } from '../../support/harness';
import { createOtherBusiness } from '../../support/seed';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

describe.each(storeKinds())('the orders view: order:list (%s)', (kind) => {
  const harness = useRealtimeHarness(kind);
  // Order ids by number, and what each costs, as the shoppers sent them.
  const sent: Array<{ id: string; total: number; conversationId: string }> = [];

  /** A shopper sends a cart of `quantity` coffees; the owner's socket hears order:created. */
  async function sendOrder(owner: TestSocket, customer: TestSocket, quantity: number) {
    const coffee = await productBySku(harness.store, 'kopi-arabika-gayo');
    const { conversationId, cart } = await fillCart(customer, [
      { productId: coffee.id, quantity, options: { Gilingan: 'Biji utuh' } },
    ]);
    const created = nextEvent(owner, 'order:created');
    const { message } = await request(customer, 'cart:send', sendPayload(conversationId, cart));
    const { order } = await created;
    expect(order.id).toBe(message.order?.id);
    sent.push({ id: order.id, total: order.total, conversationId });
    return order;
  }

  beforeAll(async () => {
    const owner = await harness.agent();
    const first = await harness.shopper();
    const second = await harness.shopper();
    // Five orders: pending, accepted, declined, fulfilled, pending.
    for (const [customer, quantity] of [
      [first, 1],
      [second, 2],
      [first, 3],
      [second, 1],
      [first, 2],
    ] as const) {
      await sendOrder(owner, customer, quantity);
    }
    const [, accepted, declined, fulfilled] = sent;
    await request(owner, 'order:accept', { orderId: accepted?.id });
    await request(owner, 'order:decline', { orderId: declined?.id });
    await request(owner, 'order:accept', { orderId: fulfilled?.id });
    await request(owner, 'order:fulfill', { orderId: fulfilled?.id });
  });

  const total = (indexes: number[]) =>
    indexes.reduce((sum, index) => sum + (sent[index]?.total ?? 0), 0);

  test('every order newest first, with totals per status and overall', async () => {
    const owner = await harness.agent();
    const list: OrderList = await request(owner, 'order:list', {});
    expect(list.orders.map((order) => order.id)).toEqual(sent.map((order) => order.id).reverse());
    expect(list.orders.map((order) => order.status)).toEqual([
      'pending',
      'fulfilled',
      'declined',
      'accepted',
      'pending',
    ]);
    expect(list.orders[0]).toMatchObject({
      itemCount: 2,
      shopperId: expect.any(String),
      shopperName: null,
    });
    expect(list.totals).toEqual({
      currency: 'IDR',
      all: { count: 5, total: total([0, 1, 2, 3, 4]) },
      byStatus: {
        pending: { count: 2, total: total([0, 4]) },
        accepted: { count: 1, total: total([1]) },
        declined: { count: 1, total: total([2]) },
        fulfilled: { count: 1, total: total([3]) },
        cancelled: { count: 0, total: 0 },
      },
    });
    expect(list.nextBefore).toBeNull();
  });

  test('a status filter, and pages through `before`', async () => {
    const owner = await harness.agent();
    const pending = await request(owner, 'order:list', { status: 'pending' });
    expect(pending.orders.map((order) => order.id)).toEqual([sent[4]?.id, sent[0]?.id]);
    // The totals always describe every order, so the filter's counts stay visible.
    expect(pending.totals.all.count).toBe(5);

    const first = await request(owner, 'order:list', { limit: 2 });
    expect(first.orders.map((order) => order.id)).toEqual([sent[4]?.id, sent[3]?.id]);
    expect(first.nextBefore).toBe(first.orders[1]?.number);
    const second = await request(owner, 'order:list', { limit: 2, before: first.nextBefore });
    expect(second.orders.map((order) => order.id)).toEqual([sent[2]?.id, sent[1]?.id]);
    const third = await request(owner, 'order:list', { limit: 2, before: second.nextBefore });
    expect(third.orders.map((order) => order.id)).toEqual([sent[0]?.id]);
    expect(third.nextBefore).toBeNull();
  });

  test('another business sees none of these orders; shoppers and bad input are refused', async () => {
    const other = await createOtherBusiness(harness.store, `other-${kind}`);
    const outsider = await harness.agent(other.email, other.password);
    const theirs = await request(outsider, 'order:list', {});
    expect(theirs.orders).toEqual([]);
    expect(theirs.totals.all).toEqual({ count: 0, total: 0 });

    const customer = await harness.shopper();
    const refused = await call(customer, 'order:list', {});
    expect(refused.ok ? 'ok' : refused.error.code).toBe('FORBIDDEN');

    const owner = await harness.agent();
    for (const payload of [
      { status: 'lost' },
      { limit: 0 },
      { limit: 101 },
      { before: -1 },
      { businessId: other.businessId },
    ]) {
      const result = await call(owner, 'order:list', payload);
      expect(result.ok ? 'ok' : result.error.code).toBe('INVALID_PAYLOAD');
    }
  });

  test('order:created reaches the agents of that business only', async () => {
    const owner = await harness.agent();
    const other = await createOtherBusiness(harness.store, `quiet-${kind}`);
    const outsider = await harness.agent(other.email, other.password);
    let leaked = false;
    outsider.on('order:created', () => {
      leaked = true;
    });
    const order = await sendOrder(owner, await harness.shopper(), 1);
    expect(order.status).toBe('pending');
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(leaked).toBe(false);
  });
});
