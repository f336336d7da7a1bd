// The business inbox against a real shopper: two browser contexts on one server, the owner signed
// in at /business on a laptop-sized window and shoppers on /c/demo at phone size.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { removeDataDir, startAppServer, type AppServer } from '../support/app-server';
import {
  describeInChromium,
  expectAccessible,
  hidden,
  launchBrowser,
  visible,
} from '../support/browser';
import { OWNER_EMAIL, OWNER_PASSWORD } from '../support/seed';

jest.setTimeout(180_000);

describeInChromium('the business inbox with a shopper', () => {
  let server: AppServer;
  let browser: Browser;
  let ownerContext: BrowserContext;
  let owner: Page;
  const shopperContexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
    ownerContext = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    owner = await ownerContext.newPage();
  });

  afterEach(async () => {
    for (const context of shopperContexts.splice(0)) await context.close();
  });

  afterAll(async () => {
    await ownerContext?.close();
    await browser?.close();
    await server?.stop();
    if (server) await removeDataDir(server.dataDir);
  });

  /** A new shopper (fresh cookies) on the demo chat, once the greeting is shown and it is live. */
  async function openShopper(): Promise<{ page: Page; log: ReturnType<Page['getByRole']> }> {
    const context = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 360, height: 740 },
      reducedMotion: 'reduce',
    });
    shopperContexts.push(context);
    const page = await context.newPage();
    await page.goto(`${server.url}/c/demo`);
    const log = page.getByRole('log', { name: /Conversation with Griya Nusantara/ });
    await visible(log.getByText(/Griya Nusantara|Selamat/).first());
    return { page, log };
  }

  async function shopperSends(page: Page, text: string): Promise<void> {
    await page.getByRole('textbox', { name: 'Message' }).fill(text);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
  }

  const ownerButton = (name: string | RegExp) =>
    owner.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name });

  async function openSettings(section: 'Hours' | 'Messages'): Promise<void> {
    await owner.getByRole('link', { name: 'Settings', exact: true }).click();
    await owner
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: section, exact: true })
      .click();
  }

  async function saveSettings(): Promise<void> {
    await ownerButton('Save').click();
    await visible(owner.getByText('Saved.'));
  }

  test('a wrong password gets one generic error; the owner signs in to the inbox', async () => {
    await owner.goto(`${server.url}/business`);
    await visible(owner.getByRole('heading', { name: 'Sign in to your business' }));
    await expectAccessible(owner);

    await owner.getByRole('textbox', { name: 'Email' }).fill(OWNER_EMAIL);
    await owner.getByLabel('Password').fill('not the password');
    await ownerButton('Sign in').click();
    await visible(owner.getByText('Email or password is incorrect.'));
    await owner.getByRole('textbox', { name: 'Email' }).fill('nobody@example.com');
    await ownerButton('Sign in').click();
    await visible(owner.getByText('Email or password is incorrect.'));
    await expect(owner.getByText(/password is wrong|no such|unknown/i).count()).resolves.toBe(0);

    await owner.getByRole('textbox', { name: 'Email' }).fill(OWNER_EMAIL);
    await owner.getByLabel('Password').fill(OWNER_PASSWORD);
    await ownerButton('Sign in').click();
    await visible(owner.getByRole('link', { name: 'Inbox', exact: true }));
    await visible(
      owner
        .getByRole('list', { name: 'Conversations' })
        .or(owner.getByText(/No conversations yet/)),
    );
    await expectAccessible(owner);
  });

  test('the shopper writes, the agent replies, the shopper sees it and the agent sees it read', async () => {
    const shopper = await openShopper();
    await shopperSends(shopper.page, 'Apakah batik ini ada ukuran L?');

    const row = ownerButton(/Apakah batik ini ada ukuran L\?/);
    await visible(row);
    await row.click();
    const conversation = owner.getByRole('log', { name: /Conversation with/ });
    await visible(conversation.getByText('Apakah batik ini ada ukuran L?'));
    // The composer is a combobox: typing "/" offers the quick replies.
    await owner
      .getByRole('combobox', { name: 'Message' })
      .fill('Ada, kak! Ukuran L masih tersedia.');
    await ownerButton('Send').click();

    await visible(shopper.log.getByText('Ada, kak! Ukuran L masih tersedia.'));
    // The shopper's chat is open and visible, so it marks the reply read; the agent sees that.
    await visible(conversation.getByText('Read', { exact: true }));
    await expectAccessible(owner);
  });

  test('the shopper sends a cart; the agent accepts it; the shopper sees it accepted and the receipt', async () => {
    const shopper = await openShopper();
    const button = (name: string | RegExp) =>
      shopper.page.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name });
    await button('Catalog').click();
    await button(/Selendang Batik Truntum Sogan/).click();
    await button('Add to cart').click();
    await visible(shopper.page.getByText('Added to cart'));
    await button('Close catalog').click();
    await button('Cart').click();
    await button('Send cart').click();
    await visible(shopper.log.getByText('Pending'));

    const row = ownerButton(/Order pending/);
    await visible(row);
    await row.first().click();
    const conversation = owner.getByRole('log', { name: /Conversation with/ });
    await visible(conversation.getByText('Pending'));
    await conversation.getByRole('button', { name: 'Accept', exact: true }).click();
    await visible(conversation.getByText('Accepted'));

    await visible(shopper.log.getByText('Accepted'));
    await visible(shopper.log.getByText(/Receipt · Order #\d+/));
    await hidden(owner.getByText('Order pending'));
  });

  test('the agent changes the greeting; a new shopper gets the new one', async () => {
    await openSettings('Messages');
    await visible(owner.getByRole('heading', { name: 'Automatic messages' }));
    await expectAccessible(owner);
    await owner
      .getByRole('textbox', { name: 'Greeting text' })
      .fill('Halo! Ada promo batik minggu ini. Mau lihat katalog?');
    await saveSettings();

    const shopper = await openShopper();
    await visible(shopper.log.getByText('Halo! Ada promo batik minggu ini. Mau lihat katalog?'));
  });

  test('outside business hours the shopper gets the away message', async () => {
    await openSettings('Hours');
    await visible(owner.getByRole('heading', { name: 'Business hours' }));
    await expectAccessible(owner);
    for (const day of [
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ]) {
      await owner.getByRole('checkbox', { name: day, exact: true }).uncheck();
    }
    await saveSettings();

    await openSettings('Messages');
    await owner.getByRole('switch', { name: 'Send an away message' }).check();
    await owner
      .getByRole('textbox', { name: 'Away message text' })
      .fill('Kami sedang tutup. Pesan kakak akan kami balas besok pagi.');
    await saveSettings();

    const shopper = await openShopper();
    await shopperSends(shopper.page, 'Halo, masih buka?');
    await visible(
      shopper.log.getByText('Kami sedang tutup. Pesan kakak akan kami balas besok pagi.'),
    );
  });
});
