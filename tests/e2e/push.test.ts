// The notifications offer in a real Chromium profile: never on page load, only after the shopper's
// first sent message, with an explanation card that "Not now" puts away for a while.
import type { BrowserContext, Page } from 'playwright-core';
import { removeDataDir, startAppServer, type AppServer } from '../support/app-server';
import {
  describeInChromium,
  expectAccessible,
  hidden,
  launchPersistent,
  visible,
} from '../support/browser';
import { deliverToServiceWorker } from '../support/push';

jest.setTimeout(180_000);

describeInChromium('asking for notifications', () => {
  let server: AppServer;
  let browser: { context: BrowserContext; close(): Promise<void> };
  let page: Page;

  beforeAll(async () => {
    server = await startAppServer({ env: { OBROL_PUSH_ALLOW_LOOPBACK: 'true' } });
    browser = await launchPersistent();
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
    await removeDataDir(server.dataDir);
  });

  const card = () =>
    page.getByRole('region', { name: 'Get a notification when Griya Nusantara replies?' });

  async function send(text: string): Promise<void> {
    await page.getByRole('textbox', { name: 'Message' }).fill(text);
    await page.getByRole('button', { name: 'Send' }).click();
    await visible(page.getByText(text));
  }

  test('no card on load; the card after the first sent message; "Not now" keeps it away', async () => {
    await page.goto(`${server.url}/c/demo`);
    await visible(page.getByRole('textbox', { name: 'Message' }));
    // The lazy push code has had time to load and report visibility: still no card.
    await page.waitForFunction(() => document.readyState === 'complete');
    await page.waitForTimeout(1_500);
    expect(await card().count()).toBe(0);
    expect(await page.evaluate(() => Notification.permission)).toBe('default');
    await expectAccessible(page);

    await send('Halo, apakah kemeja batik masih ada?');
    await visible(card());
    await visible(card().getByRole('button', { name: 'Turn on' }));
    await expectAccessible(page);
    // Explaining is not asking: the browser's own prompt has not been shown.
    expect(await page.evaluate(() => Notification.permission)).toBe('default');

    await card().getByRole('button', { name: 'Not now' }).click();
    await hidden(card());
    await expectAccessible(page);

    await page.reload();
    await visible(page.getByRole('textbox', { name: 'Message' }));
    await send('Satu lagi');
    await page.waitForTimeout(1_000);
    expect(await card().count()).toBe(0);
  });
  test('the service worker shows a pushed reply as a notification with the business name and first line', async () => {
    await browser.context.grantPermissions(['notifications'], { origin: server.url });
    const pushed = await browser.context.newPage();
    await pushed.goto(`${server.url}/c/demo`);
    await pushed.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 30_000,
    });
    const payload = {
      title: 'Griya Nusantara',
      body: 'Ada, kak! Ukuran L masih tersedia.',
      url: '/c/demo',
      tag: 'conversation:e2e',
      unread: 1,
    };
    const shownNotifications = () =>
      pushed.evaluate(async () => {
        const worker = await navigator.serviceWorker.ready;
        const notifications = await worker.getNotifications();
        return notifications.map((n) => ({ title: n.title, body: n.body, tag: n.tag }));
      });
    await deliverToServiceWorker(
      browser.context,
      pushed,
      payload,
      async () => (await shownNotifications()).length > 0,
    );
    const [notification] = await shownNotifications();
    expect(notification).toMatchObject({
      title: 'Griya Nusantara',
      body: 'Ada, kak! Ukuran L masih tersedia.',
      tag: 'conversation:e2e',
    });
    await pushed.close();
  });
});
