// Web push in tests: a realtime server with push switched on, a push service on 127.0.0.1 that
// records what it receives, and browser-like subscriptions whose messages the test can decrypt.
import { createECDH, randomBytes, randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decrypt } from 'http_ece';
import type { BrowserContext, Page } from 'playwright-core';
import webPush from 'web-push';
import { createPushService } from '@/lib/push/push.service';
import { createRealtime } from '@/lib/realtime/create-realtime';
import type { Store } from '@/lib/store/connect';
import { eventually } from './browser';
import { agentCookie, connect, shopperCookie, type TestSocket } from './clients';
import { TEST_SECRET } from './realtime';
import { OWNER_EMAIL, OWNER_PASSWORD, seedTestStore } from './seed';
import { createTestStore, type StoreKind } from './store';

export interface PushHarness {
  readonly store: Store;
  readonly publicKey: string;
  shopper(id?: string): Promise<TestSocket>;
  agent(): Promise<TestSocket>;
}

/** Like useRealtimeHarness, with a push service that may or may not accept loopback endpoints. */
export function usePushHarness(kind: StoreKind, options: { allowLoopback: boolean }): PushHarness {
  const vapid = { subject: 'mailto:push-test@obrol.test', ...webPush.generateVAPIDKeys() };
  let store: Store | undefined;
  let url = '';
  let close = async () => {};
  const sockets: TestSocket[] = [];

  beforeAll(async () => {
    store = await createTestStore(kind);
    await seedTestStore(store);
    const server = createServer((_req, res) => res.writeHead(404).end());
    const push = createPushService({ vapid, allowLoopback: options.allowLoopback });
    const io = createRealtime(server, {
      db: store.db,
      secret: TEST_SECRET,
      allowedOrigins: [],
      push,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => new Promise<void>((resolve) => io.close(() => resolve()));
  });

  afterEach(() => {
    for (const socket of sockets.splice(0)) socket.close();
  });

  afterAll(async () => {
    await close();
    await store?.close();
  });

  const started = () => {
    if (!store) throw new Error('the harness is used outside a test');
    return store;
  };
  const track = (socket: TestSocket) => {
    sockets.push(socket);
    return socket;
  };

  return {
    get store() {
      return started();
    },
    publicKey: vapid.publicKey,
    shopper: async (id = randomUUID()) => track(await connect(url, { cookie: shopperCookie(id) })),
    agent: async () =>
      track(
        await connect(url, {
          role: 'agent',
          cookie: await agentCookie(started(), OWNER_EMAIL, OWNER_PASSWORD),
        }),
      ),
  };
}

export interface ReceivedPush {
  path: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

/** A push service on 127.0.0.1 that answers every request with `status` and records it. */
export async function startPushEndpoint() {
  const received: ReceivedPush[] = [];
  const waiters: Array<(push: ReceivedPush) => void> = [];
  const state = { status: 201, delayMs: 0 };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const push = { path: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
      received.push(push);
      waiters.shift()?.(push);
      setTimeout(() => res.writeHead(state.status).end(), state.delayMs);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    received,
    state,
    endpoint: (name = randomUUID()) => `http://127.0.0.1:${port}/push/${name}`,
    /** The next request, or rejects after `ms`. */
    next: (ms = 5_000) =>
      new Promise<ReceivedPush>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no push within ${ms} ms`)), ms);
        waiters.push((push) => {
          clearTimeout(timer);
          resolve(push);
        });
      }),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** What a browser's PushManager would make: a P-256 key pair and a 16-byte auth secret. */
export function createTestSubscription(endpoint: string) {
  const ecdh = createECDH('prime256v1');
  const p256dh = ecdh.generateKeys().toString('base64url');
  const auth = randomBytes(16);
  return {
    input: { endpoint, keys: { p256dh, auth: auth.toString('base64url') }, expirationTime: null },
    /** RFC 8291 decryption with the subscription's private key, as the browser would do. */
    decrypt: (body: Buffer): unknown =>
      JSON.parse(
        decrypt(body, { version: 'aes128gcm', privateKey: ecdh, authSecret: auth }).toString(),
      ),
  };
}

/** Deliveries tried before giving up; each waits this long for the notification. */
const DELIVERY_ATTEMPTS = 3;
const DELIVERY_WAIT_MS = 8_000;

/**
 * Hands `payload` to the service worker controlling `page`, as a push service would after the
 * server encrypted it, through Chromium's DevTools (a real push service is out of reach here), and
 * waits until `shown` finds what the worker made of it. It delivers only once the registration's
 * worker is activated: run after the other browser suites, a push delivered as soon as the
 * registration was known showed no notification (reproduced by ordering this suite last; waiting
 * for activation alone made it pass). It delivers again when nothing shows, as a guard; what is
 * under test is the worker's handling, not the delivery.
 */
export async function deliverToServiceWorker(
  context: BrowserContext,
  page: Page,
  payload: unknown,
  shown: () => Promise<boolean>,
): Promise<void> {
  const origin = new URL(page.url()).origin;
  const devtools = await context.newCDPSession(page);
  try {
    const registration = new Promise<string>((resolve) => {
      devtools.on('ServiceWorker.workerRegistrationUpdated', ({ registrations }) => {
        const ours = registrations.find((entry) => entry.scopeURL === `${origin}/`);
        if (ours && !ours.isDeleted) resolve(ours.registrationId);
      });
    });
    const activated = new Set<string>();
    devtools.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
      for (const version of versions) {
        if (version.status === 'activated') activated.add(version.registrationId);
      }
    });
    await devtools.send('ServiceWorker.enable');
    const registrationId = await registration;
    await eventually(async () => activated.has(registrationId), {
      what: 'the service worker activating',
    });
    for (let attempt = 1; ; attempt += 1) {
      await devtools.send('ServiceWorker.deliverPushMessage', {
        origin,
        registrationId,
        data: JSON.stringify(payload),
      });
      try {
        await eventually(shown, { what: 'the notification', timeout: DELIVERY_WAIT_MS });
        return;
      } catch (error) {
        if (attempt === DELIVERY_ATTEMPTS) throw error;
      }
    }
  } finally {
    await devtools.detach();
  }
}
