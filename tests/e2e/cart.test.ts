// From the greeting to an accepted order, as a shopper on a phone-sized Chromium.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { nextEvent, request, type TestSocket } from '../support/clients';
import {
  connectOwnerAgent,
  removeDataDir,
  startAppServer,
  type AppServer,
} from '../support/app-server';
import {
  describeInChromium,
  expectAccessible,
  hidden,
  launchBrowser,
  visible,
} from '../support/browser';

jest.setTimeout(150_000);

describeInChromium('catalog, cart and order in the chat', () => {
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let agent: TestSocket;

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    agent = await connectOwnerAgent(server);
  });

  beforeEach(async () => {
    context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 360, height: 740 },
      // axe judges the settled page, not a panel halfway through fading in.
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
  });

  afterEach(async () => {
    await context.close();
  });

  afterAll(async () => {
    agent.close();
    await browser.close();
    await server.stop();
    await removeDataDir(server.dataDir);
  });

  const button = (name: string | RegExp) =>
    page.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name });

  test('add two products, one twice, send the cart; the agent gets the order and accepts it', async () => {
    const opened = nextEvent(agent, 'conversation:updated', 20_000);
    await page.goto(`${server.url}/c/demo`);
    const { conversation } = await opened;
    await request(agent, 'conversation:join', { conversationId: conversation.id });

    await button('Catalog').click();
    await button(/Selendang Batik Truntum Sogan/).click();
    await button('Increase quantity').click();
    await button('Add to cart').click();
    await visible(page.getByText('Added to cart'));
    await expectAccessible(page);

    await button('Back to catalog').click();
    await button(/Kemeja Batik Parang Klitik/).click();
    await page.getByRole('radio', { name: 'L', exact: true }).check();
    await button('Add to cart').click();
    await visible(page.getByText('Added to cart'));
    await button('Close catalog').click();

    await button('Cart').click();
    const cartPanel = page
      .getByRole('dialog', { name: 'Cart' })
      .or(page.getByRole('region', { name: 'Cart' }));
    await visible(cartPanel.getByText('Rp 635.000'));
    await expectAccessible(page);

    const ordered = nextEvent(agent, 'message:created');
    await button('Send cart').click();
    const { message } = await ordered;
    expect(message.kind).toBe('order');
    expect(message.order).toMatchObject({ total: 635_000, status: 'pending' });
    expect(message.order?.items.map((i) => [i.sku, i.quantity, i.options])).toEqual([
      ['selendang-batik-truntum', 2, {}],
      ['kemeja-batik-parang', 1, { Ukuran: 'L' }],
    ]);
    const log = page.getByRole('log', { name: /Conversation with Griya Nusantara/ });
    await visible(log.getByText(`Order #${message.order?.number}`));
    await visible(log.getByText('Pending'));

    await request(agent, 'order:accept', { orderId: message.order?.id });
    await visible(log.getByText('Accepted'));
    await visible(log.getByText(`Receipt · Order #${message.order?.number}`));
    await button('View receipt').click();
    const receipt = page.getByRole('dialog', { name: /Receipt/ });
    await visible(receipt.getByText('Jl. Prawirotaman II No. 18', { exact: false }));
    await visible(receipt.getByRole('button', { name: 'Print' }));
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await hidden(receipt);
  });

  test('a product deep link opens that product over the chat', async () => {
    await page.goto(`${server.url}/c/demo?product=kopi-arabika-gayo`);
    await visible(page.getByRole('heading', { name: 'Kopi Arabika Gayo 200 g' }));
    await visible(button('Add to cart'));
    await expectAccessible(page);
  });
});
