// Offline in a real, non-incognito Chromium profile: the chat reopens from the device with the
// network off, sends made offline wait in the outbox through a reload, and once back online the
// agent receives each exactly once, in order.
import type { Message } from '@/lib/protocol/chat.schema';
import { nextEvent, request } from '../support/clients';
import { describeInChromium, expectAccessible, visible } from '../support/browser';
import { deviceHolds, useOfflineChat } from '../support/offline';

jest.setTimeout(240_000);

describeInChromium('the chat offline', () => {
  const chat = useOfflineChat();
  const { button, log, composer } = chat;

  async function type(text: string) {
    await composer().fill(text);
    await composer().press('Enter');
  }

  test('history and catalog from the device; offline sends survive a reload and arrive once, in order', async () => {
    const { server, agent, profile, page } = chat;
    const opened = nextEvent(agent, 'conversation:updated', 30_000);
    await page.goto(`${server.url}/c/demo`);
    const { conversation } = await opened;
    await request(agent, 'conversation:join', { conversationId: conversation.id });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 60_000,
    });
    // The first visit installed the worker after the page had loaded; this one is cached by it.
    await page.reload();
    await visible(composer());

    const online = nextEvent(agent, 'message:created', 20_000);
    await type('Halo, masih ada batik tulis?');
    expect((await online).message.text).toBe('Halo, masih ada batik tulis?');
    await button('Catalog').click();
    await visible(button(/Selendang Batik Truntum Sogan/));
    await button('Close catalog').click();
    await deviceHolds(page, 'conversations', 'Halo, masih ada batik tulis?');

    // Offline, reopened: the conversation and the catalog come from the device.
    await profile.context.setOffline(true);
    await page.reload();
    await visible(page.getByText(/You're offline — messages you send are kept/));
    await visible(log().getByText('Halo, masih ada batik tulis?'));
    await expectAccessible(page);
    await button('Catalog').click();
    await button(/Selendang Batik Truntum Sogan/).click();
    await button('Add to cart').click();
    await visible(page.getByText('Added to cart'));
    await button('Close catalog').click();

    // Sent offline: queued, with a clock.
    await type('Satu, dikirim tanpa sinyal');
    await type('Dua, juga tanpa sinyal');
    await button('Cart').click();
    await button('Send cart').click();
    await visible(log().getByText(/Cart · 1 item/));
    await visible(log().getByText('Queued'));
    expect(await log().getByText('Queued', { exact: true }).count()).toBe(3);
    await expectAccessible(page);

    // Still offline, reloaded: the queue is still there.
    await page.reload();
    await visible(log().getByText('Dua, juga tanpa sinyal'));
    await visible(log().getByText(/Cart · 1 item/));
    expect(await log().getByText('Queued', { exact: true }).count()).toBe(3);

    // Back online: the agent gets each exactly once, in order.
    const received: Message[] = [];
    agent.on('message:created', ({ message }) => {
      // Only the shopper's own: an automatic away reply may come between, depending on the hour.
      if (message.conversationId === conversation.id && message.sender === 'shopper')
        received.push(message);
    });
    await profile.context.setOffline(false);
    await page.waitForFunction(() => !document.body.innerText.includes('Queued'), null, {
      timeout: 60_000,
    });
    // A later message marks the end, since a duplicate of the flush would have come before it.
    await type('Sudah online lagi');
    await visible(log().getByText('Sudah online lagi'));
    const deadline = Date.now() + 20_000;
    while (!received.some((m) => m.text === 'Sudah online lagi') && Date.now() < deadline)
      await page.waitForTimeout(100);

    expect(received.map((m) => (m.kind === 'order' ? 'order' : m.text))).toEqual([
      'Satu, dikirim tanpa sinyal',
      'Dua, juga tanpa sinyal',
      'order',
      'Sudah online lagi',
    ]);
    const order = received.find((m) => m.kind === 'order')?.order;
    expect(order?.items.map((item) => [item.sku, item.quantity])).toEqual([
      ['selendang-batik-truntum', 1],
    ]);
    const seqs = received.map((m) => m.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
  });

  test('launched from the home screen with no network, the app opens to the last conversation', async () => {
    const { server, profile, page } = chat;
    const launch = `${server.url}/?source=pwa`; // the manifest's start_url
    const lastChat = `${server.url}/c/demo`;
    await deviceHolds(page, 'conversations', 'Sudah online lagi');
    await profile.context.setOffline(true);
    // The home page was never opened here: the launch lands on the offline page, which goes on.
    await page.goto(launch);
    await page.waitForURL(lastChat);
    await visible(log().getByText('Sudah online lagi'));
    await visible(page.getByText(/You're offline/));

    // With the home page cached too, a launch goes on from it; a plain visit to "/" stays there.
    await profile.context.setOffline(false);
    await page.goto(`${server.url}/`);
    await visible(page.getByRole('heading', { name: 'Shops on Obrol' }));
    await profile.context.setOffline(true);
    await page.goto(`${server.url}/`);
    await visible(page.getByRole('heading', { name: 'Shops on Obrol' }));
    expect(page.url()).toBe(`${server.url}/`);
    await page.goto(launch);
    await page.waitForURL(lastChat);
    await visible(log().getByText('Sudah online lagi'));
    await profile.context.setOffline(false);
  });
});
