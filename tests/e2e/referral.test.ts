// A shopper arrives from an Instagram ad: the composer holds the ad's text, the product is open,
// and once the shopper writes, the owner's inbox says where they came from. The link's text is
// shown as text, never run as markup.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { removeDataDir, startAppServer, type AppServer } from '../support/app-server';
import { describeInChromium, expectAccessible, launchBrowser, visible } from '../support/browser';
import { OWNER_EMAIL, OWNER_PASSWORD } from '../support/seed';

jest.setTimeout(180_000);

const LINE = "From Instagram ad 'Batik sale' · campaign ramadan";

describeInChromium('click-to-chat links and referrals', () => {
  let server: AppServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  // Wide enough for the catalog to sit beside the chat, so the composer stays reachable.
  async function newPage(): Promise<Page> {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    contexts.push(context);
    return context.newPage();
  }

  const composer = (page: Page) => page.getByRole('textbox', { name: 'Message' });

  test("an ad's link prefills the composer and opens the product; the owner sees where the shopper came from", async () => {
    const shopper = await newPage();
    const text = 'Halo, batik parang ini masih ada ukuran L?';
    const query = new URLSearchParams({
      text,
      product: 'kemeja-batik-parang',
      utm_source: 'instagram',
      utm_campaign: 'ramadan',
      ad_id: '123',
      utm_content: 'Batik sale',
    });
    await shopper.goto(`${server.url}/c/demo?${query.toString()}`);
    await visible(shopper.getByRole('heading', { name: /Kemeja Batik Parang/ }));
    await expect(composer(shopper).inputValue()).resolves.toBe(text);
    // Once the chat has opened with the arrival, the link's parameters leave the address.
    await shopper.waitForURL((url) => !url.search.includes('utm_'));
    expect(new URL(shopper.url()).search).toBe('?product=kemeja-batik-parang');
    await expectAccessible(shopper);

    await shopper.getByRole('button', { name: 'Send', exact: true }).click();
    const log = shopper.getByRole('log', { name: /Conversation with Griya Nusantara/ });
    await visible(log.getByText(text));
    // The shopper's page never shows the referral.
    await expect(shopper.getByText(/From Instagram/).count()).resolves.toBe(0);

    // A reload neither prefills again nor brings the campaign back.
    await shopper.reload();
    await visible(log.getByText(text));
    await expect(composer(shopper).inputValue()).resolves.toBe('');

    const owner = await newPage();
    await owner.goto(`${server.url}/business`);
    await owner.getByRole('textbox', { name: 'Email' }).fill(OWNER_EMAIL);
    await owner.getByLabel('Password').fill(OWNER_PASSWORD);
    await owner.getByRole('button', { name: 'Sign in', exact: true }).click();
    const row = owner
      .getByRole('list', { name: 'Conversations' })
      .getByRole('button', { name: /batik parang ini masih ada/ });
    await visible(row.getByText(LINE));
    await row.click();
    const conversation = owner.getByRole('log', { name: /Conversation with/ });
    const details = conversation.getByText(LINE);
    await visible(details);
    await details.click();
    await visible(conversation.getByText('123', { exact: true }));
    await visible(conversation.getByText('ramadan', { exact: true }));
    await visible(conversation.getByText('Batik sale', { exact: true }));
    // Exactly one arrival: the reload did not add another.
    await expect(conversation.getByText(LINE).count()).resolves.toBe(1);
    await expectAccessible(owner);
  });

  test("a link's text is shown literally in the composer and never runs", async () => {
    const shopper = await newPage();
    const markup = '<script>window.__x=1</script><img src=x onerror="window.__x=2">';
    await shopper.goto(`${server.url}/c/demo?text=${encodeURIComponent(markup)}&utm_source=x`);
    const log = shopper.getByRole('log', { name: /Conversation with Griya Nusantara/ });
    await visible(log.getByText(/Griya Nusantara|Selamat/).first());
    await expect(composer(shopper).inputValue()).resolves.toBe(markup);
    await shopper.waitForURL((url) => !url.search.includes('utm_'));
    await expect(
      shopper.evaluate(() => (window as Window & { __x?: number }).__x),
    ).resolves.toBeUndefined();
    await expect(shopper.locator('img[src="x"]').count()).resolves.toBe(0);
    await expectAccessible(shopper);
  });
});
