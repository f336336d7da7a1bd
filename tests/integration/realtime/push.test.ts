import { randomUUID } from 'node:crypto';
import { call, request, type TestSocket } from '../../support/clients';
import { fillCart, productBySku, sendPayload } from '../../support/commerce';
import {
  createTestSubscription,
  startPushEndpoint,
  usePushHarness,
  type ReceivedPush,
} from '../../support/push';
import { storeKinds } from '../../support/store';
import { MAX_SUBSCRIPTIONS_PER_SHOPPER } from '@/lib/store/push.repository';

jest.setTimeout(60_000);

type PushEndpoint = Awaited<ReturnType<typeof startPushEndpoint>>;

describe.each(storeKinds())('web push for business replies (%s)', (kind) => {
  const harness = usePushHarness(kind, { allowLoopback: true });
  let pushService: PushEndpoint;

  beforeAll(async () => {
    pushService = await startPushEndpoint();
  });
  afterAll(() => pushService.close());
  beforeEach(() => {
    pushService.state.status = 201;
    pushService.state.delayMs = 0;
  });

  /** A shopper with an open chat and one subscribed browser. */
  async function subscribedShopper() {
    const socket = await harness.shopper();
    const opened = await request(socket, 'conversation:open', { businessSlug: 'demo' });
    const subscription = createTestSubscription(pushService.endpoint());
    await request(socket, 'push:subscribe', subscription.input);
    return { socket, conversationId: opened.conversation.id, subscription, opened };
  }

  const reply = async (conversationId: string, text: string) =>
    request(await harness.agent(), 'message:send', {
      conversationId,
      clientId: randomUUID(),
      text,
    });

  async function storedEndpoints(): Promise<string[]> {
    const rows = await harness.store.db
      .selectFrom('push_subscriptions')
      .select('endpoint')
      .execute();
    return rows.map((row) => row.endpoint);
  }

  /** Waits until the store agrees (deleting a gone subscription follows the push service's answer). */
  async function eventually(check: () => Promise<boolean>): Promise<boolean> {
    for (let attempt = 0; attempt < 50; attempt += 1) {
      if (await check()) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  }

  test('a reply to a hidden shopper arrives encrypted with the business name, first line and url', async () => {
    const { socket, conversationId, subscription, opened } = await subscribedShopper();
    await request(socket, 'presence:update', { visible: false });
    const arriving = pushService.next();
    const { message } = await reply(conversationId, 'Pesanan Anda siap diambil.\nTerima kasih!');
    const push = await arriving;

    const businessMessagesBefore = opened.messages.filter((m) => m.sender === 'business').length;
    expect(subscription.decrypt(push.body)).toEqual({
      title: 'Griya Nusantara',
      body: 'Pesanan Anda siap diambil.',
      url: '/c/demo',
      tag: `conversation:${conversationId}`,
      unread: businessMessagesBefore + 1,
    });
    expect(message.seq).toBeGreaterThan(0);
    expect(push.headers.authorization).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=[\w-]+$/);
    expect(push.headers.authorization).toContain(`k=${harness.publicKey}`);
    expect(push.headers['content-encoding']).toBe('aes128gcm');
    expect(push.headers.ttl).toBe('86400');
    expect(push.headers.urgency).toBe('normal');
  });

  test('a shopper with no socket connected gets the push; so does each of their devices', async () => {
    const { socket, conversationId, subscription } = await subscribedShopper();
    const secondDevice = createTestSubscription(pushService.endpoint());
    await request(socket, 'push:subscribe', secondDevice.input);
    socket.close();
    const arrivals = [pushService.next(), pushService.next()];
    await reply(conversationId, 'Stok tersedia lagi');
    const pushes = await Promise.all(arrivals);
    const byPath = (endpoint: string) =>
      pushes.find((push) => endpoint.endsWith(push.path)) as ReceivedPush;
    expect(subscription.decrypt(byPath(subscription.input.endpoint).body)).toMatchObject({
      body: 'Stok tersedia lagi',
    });
    expect(secondDevice.decrypt(byPath(secondDevice.input.endpoint).body)).toMatchObject({
      body: 'Stok tersedia lagi',
    });
  });

  test('no push while one of the shopper’s windows is visible', async () => {
    const { socket, conversationId, subscription } = await subscribedShopper();
    await request(socket, 'presence:update', { visible: true });
    const before = pushService.received.length;
    await reply(conversationId, 'Seen in the open chat');
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(pushService.received.length).toBe(before);

    // Hidden again: the next reply is pushed, and it is that one, not the earlier.
    await request(socket, 'presence:update', { visible: false });
    const arriving = pushService.next();
    await reply(conversationId, 'Sent while away');
    expect(subscription.decrypt((await arriving).body)).toMatchObject({ body: 'Sent while away' });
    expect(pushService.received.length).toBe(before + 1);
  });

  test('a slow push service never holds up the agent’s ack', async () => {
    const { socket, conversationId } = await subscribedShopper();
    socket.close();
    pushService.state.delayMs = 3_000;
    const staff = await harness.agent();
    const arriving = pushService.next();
    const started = Date.now();
    await request(staff, 'message:send', { conversationId, clientId: randomUUID(), text: 'Quick' });
    expect(Date.now() - started).toBeLessThan(1_000);
    await arriving;
  });

  test('accepting an order pushes its receipt', async () => {
    const scarf = await productBySku(harness.store, 'selendang-batik-truntum');
    const socket = await harness.shopper();
    const { conversationId, cart } = await fillCart(socket, [{ productId: scarf.id, quantity: 1 }]);
    const subscription = createTestSubscription(pushService.endpoint());
    await request(socket, 'push:subscribe', subscription.input);
    const { message } = await request(socket, 'cart:send', sendPayload(conversationId, cart));
    socket.close();
    const arriving = pushService.next();
    await request(await harness.agent(), 'order:accept', { orderId: message.order?.id });
    expect(subscription.decrypt((await arriving).body)).toMatchObject({
      title: 'Griya Nusantara',
      body: expect.stringMatching(/^Receipt · Order #\d+$/),
      url: '/c/demo',
    });
  });

  test.each([410, 404])('a subscription the push service answers %i is deleted', async (status) => {
    const { socket, conversationId, subscription } = await subscribedShopper();
    socket.close();
    pushService.state.status = status;
    const arriving = pushService.next();
    await reply(conversationId, 'Are you still there?');
    await arriving;
    expect(
      await eventually(
        async () => !(await storedEndpoints()).includes(subscription.input.endpoint),
      ),
    ).toBe(true);
  });

  test('a subscription the push service answers 500 is kept', async () => {
    const { socket, conversationId, subscription } = await subscribedShopper();
    socket.close();
    pushService.state.status = 500;
    const arriving = pushService.next();
    await reply(conversationId, 'Try again later');
    await arriving;
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await storedEndpoints()).toContain(subscription.input.endpoint);
  });

  test('subscribing twice stores one row; unsubscribing removes it', async () => {
    const socket: TestSocket = await harness.shopper();
    const subscription = createTestSubscription(pushService.endpoint());
    await request(socket, 'push:subscribe', subscription.input);
    await request(socket, 'push:subscribe', subscription.input);
    const count = (await storedEndpoints()).filter((e) => e === subscription.input.endpoint);
    expect(count).toHaveLength(1);
    expect(
      await request(socket, 'push:unsubscribe', { endpoint: subscription.input.endpoint }),
    ).toEqual({ removed: true });
    expect(await storedEndpoints()).not.toContain(subscription.input.endpoint);
  });

  test(`a shopper keeps at most ${MAX_SUBSCRIPTIONS_PER_SHOPPER} browsers, the latest`, async () => {
    const shopperId = randomUUID();
    const socket = await harness.shopper(shopperId);
    const endpoints: string[] = [];
    for (let index = 0; index <= MAX_SUBSCRIPTIONS_PER_SHOPPER; index += 1) {
      const { input } = createTestSubscription(pushService.endpoint());
      await request(socket, 'push:subscribe', input);
      endpoints.push(input.endpoint);
    }
    const rows = await harness.store.db
      .selectFrom('push_subscriptions')
      .select('endpoint')
      .where('shopper_id', '=', shopperId)
      .execute();
    expect(rows.map((row) => row.endpoint).sort()).toEqual(endpoints.slice(1).sort());
  });

  test('another shopper cannot unsubscribe someone else’s browser', async () => {
    const { subscription } = await subscribedShopper();
    const stranger = await harness.shopper();
    expect(
      await request(stranger, 'push:unsubscribe', { endpoint: subscription.input.endpoint }),
    ).toEqual({ removed: false });
    expect(await storedEndpoints()).toContain(subscription.input.endpoint);
  });

  test('the public key is handed to shoppers; loopback, and only loopback, is opened by the setting', async () => {
    const socket = await harness.shopper();
    expect(await request(socket, 'push:key', {})).toEqual({ publicKey: harness.publicKey });
    const result = await call(
      socket,
      'push:subscribe',
      createTestSubscription(pushService.endpoint()).input,
    );
    expect(result.ok).toBe(true);
    // The setting opens loopback only: private ranges stay closed.
    const privateHost = await call(
      socket,
      'push:subscribe',
      createTestSubscription('https://10.0.0.7/push').input,
    );
    expect(privateHost.ok ? null : privateHost.error.code).toBe('INVALID_PAYLOAD');
  });
});
