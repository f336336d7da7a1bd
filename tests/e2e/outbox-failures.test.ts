// What a shopper sees when a send queued offline cannot go as it was: a cart whose prices changed
// meanwhile, and a product deleted meanwhile. Each is shown failed with its reason, for Retry or
// Delete, and nothing else in the outbox is held up or lost.
import type { Message } from '@/lib/protocol/chat.schema';
import type { Catalog } from '@/lib/protocol/commerce.schema';
import type { Result } from '@/lib/protocol/errors';
import { nextEvent, request } from '../support/clients';
import { describeInChromium, expectAccessible, hidden, visible } from '../support/browser';
import { deviceHolds, useOfflineChat } from '../support/offline';

jest.setTimeout(240_000);

const SCARF = 'Selendang Batik Truntum Sogan';
const BAG = 'Tas Anyaman Pandan';

describeInChromium('queued sends that fail', () => {
  const chat = useOfflineChat();
  const { button, log, composer } = chat;
  let conversationId: string;
  /** The shopper's messages the agent received, in order. */
  const received: Message[] = [];

  beforeAll(async () => {
    const { server, agent, page } = chat;
    const opened = nextEvent(agent, 'conversation:updated', 30_000);
    await page.goto(`${server.url}/c/demo`);
    conversationId = (await opened).conversation.id;
    await request(agent, 'conversation:join', { conversationId });
    agent.on('message:created', ({ message }) => {
      if (message.conversationId === conversationId && message.sender === 'shopper')
        received.push(message);
    });
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
      timeout: 60_000,
    });
    await page.reload();
    await visible(composer());
  });

  async function goOffline() {
    await chat.profile.context.setOffline(true);
    await chat.page.reload();
    await visible(chat.page.getByText(/You're offline/));
  }

  async function addOffline(product: string) {
    await button('Catalog').click();
    await button(new RegExp(product)).click();
    await button('Add to cart').click();
    await visible(chat.page.getByText('Added to cart'));
    await button('Close catalog').click();
  }

  async function sendCartOffline() {
    await button('Cart').click();
    await button('Send cart').click();
    await visible(log().getByText(/Cart · 1 item/));
  }

  async function productId(name: string): Promise<string> {
    const response = await fetch(`${chat.server.url}/api/businesses/demo/catalog`);
    const result = (await response.json()) as Result<Catalog>;
    const product = result.ok ? result.data.products.find((p) => p.name === name) : undefined;
    if (!product) throw new Error(`${name} is not in the catalog`);
    return product.id;
  }

  /** Waits until the agent has received a shopper message with this text or kind. */
  async function agentReceived(check: (message: Message) => boolean): Promise<void> {
    for (let attempt = 0; attempt < 200 && !received.some(check); attempt++)
      await chat.page.waitForTimeout(100);
    expect(received.some(check)).toBe(true);
  }

  test('a cart queued before a price change is refused with the reason; Retry sends it at the new price', async () => {
    await button('Catalog').click();
    await visible(button(new RegExp(SCARF)));
    await button('Close catalog').click();
    await deviceHolds(chat.page, 'catalogs', SCARF);

    await goOffline();
    await addOffline(SCARF);
    await sendCartOffline();

    // While the shopper is away, the shop raises the price.
    const scarfId = await productId(SCARF);
    const { product } = await request(chat.agent, 'product:update', {
      productId: scarfId,
      price: 612_000,
    });
    expect(product.price).toBe(612_000);

    await chat.profile.context.setOffline(false);
    const failed = log().getByRole('alert');
    await visible(
      failed.getByText('Prices or stock changed — check your cart and send again'),
      60_000,
    );
    await expectAccessible(chat.page);
    expect(received.filter((m) => m.kind === 'order')).toHaveLength(0);

    // The cart says what changed and shows the new price.
    await button('Cart').click();
    await visible(chat.page.getByText('One or more items in your cart have been updated'));
    await visible(
      chat.page
        .getByRole('dialog')
        .getByText(/612\.000/)
        .first(),
    );
    await button('Close cart').click();

    await failed.getByRole('button', { name: 'Retry' }).click();
    await hidden(failed);
    await agentReceived((m) => m.kind === 'order');
    const orders = received.filter((m) => m.kind === 'order');
    expect(orders).toHaveLength(1);
    expect(orders[0]?.order?.items.map((item) => [item.name, item.unitPrice])).toEqual([
      [SCARF, 612_000],
    ]);
  });

  test('an add queued for a product deleted meanwhile fails in the cart for Delete; the queued cart fails for Delete; the message still goes', async () => {
    await chat.page.goto(`${chat.server.url}/c/demo`);
    // A reply seen in the chat: the chat.page has opened the conversation, and so hears catalog changes.
    await request(chat.agent, 'message:send', {
      conversationId,
      clientId: crypto.randomUUID(),
      text: 'Ada koleksi baru hari ini',
    });
    await visible(log().getByText('Ada koleksi baru hari ini'));
    await button('Catalog').click();
    // The open catalog listens for changes; the new product arrives through catalog:updated.
    await visible(button(new RegExp(SCARF)));
    const { product } = await request(chat.agent, 'product:create', {
      name: BAG,
      price: 120_000,
      stock: 10,
    });
    await visible(button(new RegExp(BAG)));
    await button('Close catalog').click();
    await deviceHolds(chat.page, 'catalogs', BAG);

    await goOffline();
    await addOffline(BAG);
    await sendCartOffline();
    await composer().fill('Tasnya ada warna lain?');
    await composer().press('Enter');
    expect(await log().getByText('Queued', { exact: true }).count()).toBe(2);

    await request(chat.agent, 'product:delete', { productId: product.id });
    await chat.profile.context.setOffline(false);

    // The message behind the failures is delivered, once.
    await agentReceived((m) => m.text === 'Tasnya ada warna lain?');
    const failedCart = log().getByRole('alert');
    await visible(failedCart);
    expect(await failedCart.count()).toBe(1);

    // The cart names the change that failed and why, with Retry and Delete.
    await button('Cart').click();
    const changes = chat.page.getByRole('alert', { name: 'Not saved to your cart' });
    await visible(changes.getByText(`Add ${BAG}: This product is no longer in the shop's catalog`));
    await visible(changes.getByRole('button', { name: new RegExp(`^Retry: Add ${BAG}`) }));
    // Checked once the panel has slid in: mid-fade its text is lighter than it will be.
    await chat.page.waitForFunction(() =>
      document.getAnimations().every((animation) => !(animation instanceof CSSTransition)),
    );
    await expectAccessible(chat.page);
    await changes.getByRole('button', { name: new RegExp(`^Delete: Add ${BAG}`) }).click();
    await hidden(changes);
    await button('Close cart').click();

    // The failed cart is deleted by the shopper: gone, also after a reload, and never an order.
    await failedCart.getByRole('button', { name: 'Delete' }).click();
    await hidden(failedCart);
    await chat.page.reload();
    await visible(log().getByText('Tasnya ada warna lain?'));
    expect(await log().getByRole('alert').count()).toBe(0);
    expect(received.filter((m) => m.text === 'Tasnya ada warna lain?')).toHaveLength(1);
    expect(received.filter((m) => m.kind === 'order')).toHaveLength(1);
  });
});
