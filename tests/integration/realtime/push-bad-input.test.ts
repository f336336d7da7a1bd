import { randomUUID } from 'node:crypto';
import { call, request } from '../../support/clients';
import { createTestSubscription, startPushEndpoint, usePushHarness } from '../../support/push';
import { storeKinds } from '../../support/store';

jest.setTimeout(60_000);

const P256DH = createTestSubscription('https://push.example/').input.keys.p256dh;
const AUTH = Buffer.alloc(16, 7).toString('base64url');
/** A public literal address: accepted without a DNS lookup. */
const PUBLIC_ENDPOINT = 'https://93.184.216.34/push/abc';

const subscription = (endpoint: string, keys: Record<string, unknown> = {}) => ({
  endpoint,
  keys: { p256dh: P256DH, auth: AUTH, ...keys },
});

describe.each(storeKinds())('push subscriptions refused (%s)', (kind) => {
  const harness = usePushHarness(kind, { allowLoopback: false });

  async function subscribeError(payload: unknown) {
    const result = await call(await harness.shopper(), 'push:subscribe', payload);
    if (result.ok) throw new Error(`accepted ${JSON.stringify(payload)}`);
    return result.error;
  }

  test('a public https endpoint with good keys is accepted (the control case)', async () => {
    expect(
      await request(await harness.shopper(), 'push:subscribe', subscription(PUBLIC_ENDPOINT)),
    ).toEqual({ endpoint: PUBLIC_ENDPOINT });
  });

  test.each(['not a url', 'https://', 'ftp://93.184.216.34/push', '//93.184.216.34/push', ''])(
    'a malformed endpoint (%j) is INVALID_PAYLOAD',
    async (endpoint) => {
      const error = await subscribeError(subscription(endpoint));
      expect(error.code).toBe('INVALID_PAYLOAD');
      expect(error.issues?.[0]?.path).toBe('endpoint');
    },
  );

  test('an endpoint longer than 2048 characters is INVALID_PAYLOAD', async () => {
    const error = await subscribeError(subscription(`${PUBLIC_ENDPOINT}/${'a'.repeat(2048)}`));
    expect(error.code).toBe('INVALID_PAYLOAD');
  });

  const compressedKey = Buffer.concat([Buffer.from([2]), Buffer.alloc(32, 1)]).toString(
    'base64url',
  );
  test.each([
    ['p256dh of 64 bytes', { p256dh: Buffer.alloc(64, 4).toString('base64url') }, 'keys.p256dh'],
    ['p256dh of 66 bytes', { p256dh: Buffer.alloc(66, 4).toString('base64url') }, 'keys.p256dh'],
    ['a compressed p256dh (33 bytes)', { p256dh: compressedKey }, 'keys.p256dh'],
    [
      'a 65-byte p256dh not starting 0x04',
      { p256dh: Buffer.alloc(65, 5).toString('base64url') },
      'keys.p256dh',
    ],
    [
      'a 65-byte p256dh that is not on the curve',
      { p256dh: Buffer.concat([Buffer.from([4]), Buffer.alloc(64, 1)]).toString('base64url') },
      'keys.p256dh',
    ],
    ['p256dh that is not base64url', { p256dh: `${P256DH.slice(0, -1)}+` }, 'keys.p256dh'],
    ['auth of 15 bytes', { auth: Buffer.alloc(15).toString('base64url') }, 'keys.auth'],
    ['auth of 17 bytes', { auth: Buffer.alloc(17).toString('base64url') }, 'keys.auth'],
    ['an empty auth', { auth: '' }, 'keys.auth'],
    ['auth as a number', { auth: 16 }, 'keys.auth'],
  ])('keys with %s are INVALID_PAYLOAD', async (_name, keys, path) => {
    const error = await subscribeError(subscription(PUBLIC_ENDPOINT, keys));
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.issues?.map((issue) => issue.path)).toContain(path);
  });

  test('missing keys or unknown fields are INVALID_PAYLOAD', async () => {
    expect((await subscribeError({ endpoint: PUBLIC_ENDPOINT })).code).toBe('INVALID_PAYLOAD');
    expect((await subscribeError({ ...subscription(PUBLIC_ENDPOINT), extra: 1 })).code).toBe(
      'INVALID_PAYLOAD',
    );
  });

  test.each([
    ['http on a public address', 'http://93.184.216.34/push', /https/],
    ['http on a public host name', 'http://push.example.com/push', /https/],
    ['loopback http without the setting', 'http://127.0.0.1:9/push', /https/],
    ['https on 10.x', 'https://10.1.2.3/push', /public address/],
    ['https on 192.168.x', 'https://192.168.1.10/push', /public address/],
    ['https on 172.16.x', 'https://172.16.0.5/push', /public address/],
    ['https on 169.254.x (cloud metadata)', 'https://169.254.169.254/latest', /public address/],
    ['https on 127.x', 'https://127.0.0.2/push', /public address/],
    ['https on [::1]', 'https://[::1]/push', /public address/],
    ['https on fc00::', 'https://[fc00::1]/push', /public address/],
    ['https on fe80:: (link-local)', 'https://[fe80::1]/push', /public address/],
    ['https on a mapped IPv4 loopback', 'https://[::ffff:127.0.0.1]/push', /public address/],
    ['https on 0.0.0.0', 'https://0.0.0.0/push', /public address/],
    ['https on a multicast address', 'https://224.0.0.1/push', /public address/],
    ['https on 100.64.x (carrier-grade NAT)', 'https://100.64.0.1/push', /public address/],
    ['https on a loopback written as a number', 'https://2130706433/push', /public address/],
    ['a host name that resolves to loopback', 'https://localhost/push', /public address/],
    ['a host name that does not resolve', 'https://push.invalid/push', /could not be found/],
    ['credentials in the URL', 'https://user:secret@93.184.216.34/push', /user name/],
  ])('%s is refused', async (_name, endpoint, message) => {
    const error = await subscribeError(subscription(endpoint));
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.message).toMatch(message);
    expect(error.issues?.[0]?.path).toBe('endpoint');
  });

  test('agent sockets cannot subscribe, unsubscribe or report presence as a shopper', async () => {
    const agent = await harness.agent();
    const subscribed = await call(agent, 'push:subscribe', subscription(PUBLIC_ENDPOINT));
    expect(subscribed.ok ? null : subscribed.error.code).toBe('FORBIDDEN');
    const unsubscribed = await call(agent, 'push:unsubscribe', { endpoint: PUBLIC_ENDPOINT });
    expect(unsubscribed.ok ? null : unsubscribed.error.code).toBe('FORBIDDEN');
  });

  test('presence:update takes exactly { visible: boolean }', async () => {
    const shopper = await harness.shopper();
    for (const payload of [{}, { visible: 'yes' }, { visible: true, extra: 1 }]) {
      const result = await call(shopper, 'presence:update', payload);
      expect(result.ok ? null : result.error.code).toBe('INVALID_PAYLOAD');
    }
  });

  test('a stored loopback endpoint is checked again at send time and never called', async () => {
    const pushService = await startPushEndpoint();
    try {
      const shopperId = randomUUID();
      const shopper = await harness.shopper(shopperId);
      const opened = await request(shopper, 'conversation:open', { businessSlug: 'demo' });
      shopper.close();
      // As if stored under another setting, or by a host name that since points inside.
      const port = new URL(pushService.endpoint()).port;
      for (const endpoint of [pushService.endpoint(), `https://localhost:${port}/push/x`]) {
        const { input } = createTestSubscription(endpoint);
        await harness.store.db
          .insertInto('push_subscriptions')
          .values({ endpoint, shopper_id: shopperId, ...input.keys, expires_at: null })
          .execute();
      }
      await request(await harness.agent(), 'message:send', {
        conversationId: opened.conversation.id,
        clientId: randomUUID(),
        text: 'This must not reach a local address',
      });
      await new Promise((resolve) => setTimeout(resolve, 800));
      expect(pushService.received).toHaveLength(0);
    } finally {
      await pushService.close();
    }
  });
});
