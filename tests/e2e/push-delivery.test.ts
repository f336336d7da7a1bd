// A pushed reply end to end: the shopper turns notifications on in the chat, closes it, an agent
// replies, and the push endpoint the test serves on 127.0.0.1 receives a message it decrypts
// (RFC 8291, with the subscription keys the test made) to the business's name and the reply's
// first line; delivered to the real service worker, it shows as a notification.
// Chromium's own PushManager would subscribe at its vendor's push service, out of reach here, so
// the page's pushManager.subscribe hands out the test's subscription instead; everything after it
// (the chat's subscribe code, the socket, the server's VAPID signing and encryption) is real.
import type { Page } from 'playwright-core';
import type { PushPayload } from '@/lib/protocol/push.schema';
import { nextEvent, request, type TestSocket } from '../support/clients';
import {
  connectOwnerAgent,
  removeDataDir,
  startAppServer,
  type AppServer,
} from '../support/app-server';
import { describeInChromium, launchPersistent, visible } from '../support/browser';
import { createTestSubscription, deliverToServiceWorker, startPushEndpoint } from '../support/push';

jest.setTimeout(180_000);

type PushEndpoint = Awaited<ReturnType<typeof startPushEndpoint>>;

/** Makes pushManager.subscribe return `subscription`, and records the key it was asked for. */
async function fakePushService(page: Page, subscription: Record<string, unknown>): Promise<void> {
  await page.addInitScript(
    (json) => {
      const subscribed: { current: PushSubscription | null } = { current: null };
      PushManager.prototype.getSubscription = async () => subscribed.current;
      PushManager.prototype.subscribe = async (options) => {
        const key = new Uint8Array(options?.applicationServerKey as ArrayBuffer);
        Object.assign(window, { subscribedWithKey: btoa(String.fromCharCode(...key)) });
        subscribed.current = {
          endpoint: json.endpoint,
          expirationTime: null,
          options: { applicationServerKey: key.buffer, userVisibleOnly: true },
          toJSON: () => json,
          unsubscribe: async () => true,
          getKey: () => null,
        } as unknown as PushSubscription;
        return subscribed.current;
      };
    },
    subscription as { endpoint: string },
  );
}

describeInChromium('a reply pushed to a shopper who closed the chat', () => {
  let server: AppServer;
  let pushService: PushEndpoint;
  let profile: Awaited<ReturnType<typeof launchPersistent>>;
  let agent: TestSocket;

  beforeAll(async () => {
    pushService = await startPushEndpoint();
    server = await startAppServer({ env: { OBROL_PUSH_ALLOW_LOOPBACK: 'true' } });
    agent = await connectOwnerAgent(server);
    profile = await launchPersistent();
  });

  afterAll(async () => {
    agent.close();
    await profile.close();
    await server.stop();
    await removeDataDir(server.dataDir);
    await pushService.close();
  });

  test('turned on after the first message; the agent’s reply reaches the push endpoint, decrypts, and shows', async () => {
    const subscription = createTestSubscription(pushService.endpoint());
    const page = await profile.context.newPage();
    await fakePushService(page, subscription.input);
    const opened = nextEvent(agent, 'conversation:updated', 30_000);
    await page.goto(`${server.url}/c/demo`);
    const conversationId = (await opened).conversation.id;
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 60_000,
    });
    await page.getByRole('textbox', { name: 'Message' }).fill('Kalau sudah ada kabari ya');
    await page.getByRole('button', { name: 'Send' }).click();
    const card = page.getByRole('region', { name: /^Get a notification when Griya Nusantara/ });
    await visible(card);
    await profile.context.grantPermissions(['notifications'], { origin: server.url });
    await card.getByRole('button', { name: 'Turn on' }).click();
    await page.getByRole('status').filter({ hasText: 'Notifications are on.' }).waitFor({
      state: 'attached',
    });
    const vapidKey = await page.evaluate(
      () => (window as unknown as { subscribedWithKey: string }).subscribedWithKey,
    );

    // The shopper closes the chat; the shop answers.
    await page.close();
    const arriving = pushService.next(20_000);
    await request(agent, 'message:send', {
      conversationId,
      clientId: crypto.randomUUID(),
      text: 'Sudah ada, kak!\nUkuran M dan L.',
    });
    const push = await arriving;

    const payload = subscription.decrypt(push.body) as PushPayload;
    expect(payload).toMatchObject({
      title: 'Griya Nusantara',
      body: 'Sudah ada, kak!',
      url: '/c/demo',
      unread: expect.any(Number),
    });
    expect(payload.unread).toBeGreaterThan(0);
    // Signed with the key the page subscribed with: the server's VAPID key.
    const signedWith = /k=([\w-]+)/.exec(push.headers.authorization ?? '')?.[1] ?? '';
    expect(Buffer.from(signedWith, 'base64url')).toEqual(Buffer.from(vapidKey, 'base64'));

    // Delivered to the service worker as the push service would, it shows the notification.
    const shopperPage = await profile.context.newPage();
    await shopperPage.goto(`${server.url}/`);
    const shown = () =>
      shopperPage.evaluate(async (tag) => {
        const worker = await navigator.serviceWorker.ready;
        const notifications = await worker.getNotifications({ tag });
        return notifications.some(
          (n) => n.title === 'Griya Nusantara' && n.body === 'Sudah ada, kak!',
        );
      }, payload.tag);
    await deliverToServiceWorker(profile.context, shopperPage, payload, shown);
    await shopperPage.close();
  });
});
