// The business inbox against a real shopper: two browser contexts on one server (PGlite, and
// PostgreSQL too where DATABASE_URL is set), the owner signed in at /business on a laptop-sized
// window and shoppers on /c/demo at phone size.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { startAppServerOn, type AppServer } from '../support/app-server';
import {
  describeInChromium,
  expectAccessible,
  hidden,
  launchBrowser,
  visible,
} from '../support/browser';
import { OWNER_EMAIL, OWNER_PASSWORD } from '../support/seed';
import { storeKinds } from '../support/store';

jest.setTimeout(180_000);

describeInChromium.each(storeKinds())('the business inbox with a shopper (%s)', (kind) => {
  let server: AppServer;
  let disposeServer: (() => Promise<void>) | undefined;
  let browser: Browser;
  let ownerContext: BrowserContext;
  let owner: Page;
  const shopperContexts: BrowserContext[] = [];

  beforeAll(async () => {
    ({ server, dispose: disposeServer } = await startAppServerOn(kind));
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
    await disposeServer?.();
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

  async function openSettings(
    section: 'Hours' | 'Messages' | 'Quick replies' | 'Labels',
  ): Promise<void> {
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
    // Opening the conversation marks the shopper's message read: the shopper sees the tick.
    await visible(shopper.log.getByText('Read', { exact: true }));
    // Typing shows on the other side, both ways.
    await owner
      .getByRole('textbox', { name: 'Message' })
      .fill('Ada, kak! Ukuran L masih tersedia.');
    await visible(shopper.page.getByText('typing…').first());
    await ownerButton('Send').click();

    await visible(shopper.log.getByText('Ada, kak! Ukuran L masih tersedia.'));
    await shopper.page.getByRole('textbox', { name: 'Message' }).fill('Oke, saya');
    await visible(conversation.getByText(/is typing…/));
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

  test('the Orders view filters by status with counts and totals; the accepted order is marked fulfilled', async () => {
    await owner.getByRole('link', { name: 'Orders', exact: true }).click();
    await visible(owner.getByRole('heading', { name: 'Orders', level: 1 }));
    const filter = owner.getByRole('group', { name: 'Show orders' });
    // Each status shows its count and its sum in rupiah.
    await visible(filter.getByRole('button', { name: /^All \(1\)\s*Rp/ }));
    await filter.getByRole('button', { name: /^Accepted \(1\)/ }).click();
    await visible(filter.getByRole('button', { name: /^Accepted \(1\)/, pressed: true }));
    await expectAccessible(owner);

    await ownerButton('Mark fulfilled').click();
    await visible(filter.getByRole('button', { name: /^Fulfilled \(1\)\s*Rp/ }));
    await visible(filter.getByRole('button', { name: /^Accepted \(0\)/ }));
    await filter.getByRole('button', { name: /^Fulfilled \(1\)/ }).click();
    await visible(owner.getByText(/^Order #\d+$/));
    await hidden(ownerButton('Mark fulfilled'));
  });

  test('a saved quick reply goes in with "/" and its shortcut; a label marks the chat and filters the inbox', async () => {
    await openSettings('Quick replies');
    await visible(owner.getByRole('heading', { name: 'Quick replies', level: 1 }));
    await owner.getByRole('textbox', { name: 'Shortcut', exact: true }).fill('ukuran');
    await owner
      .getByRole('textbox', { name: 'Text', exact: true })
      .fill('Tersedia ukuran S, M, L dan XL.');
    await ownerButton('Add quick reply').click();
    await visible(ownerButton('Edit /ukuran'));
    await expectAccessible(owner);

    // The profile page on the way has a "Name" textbox too: wait for the labels page.
    await openSettings('Labels');
    await visible(owner.getByRole('heading', { name: 'Labels', level: 1 }));
    await owner.getByRole('textbox', { name: 'Name', exact: true }).fill('Grosir');
    // The radio is drawn by its label (a swatch), which takes the click.
    const green = owner.getByRole('radio', { name: 'Green', exact: true });
    await owner.locator('label').filter({ has: green }).click();
    await expect(green.isChecked()).resolves.toBe(true);
    await ownerButton('Add label').click();
    await visible(ownerButton('Edit label Grosir'));
    await expectAccessible(owner);

    const shopper = await openShopper();
    await shopperSends(shopper.page, 'Mau beli 20 kemeja, ada ukuran apa saja?');
    await owner.getByRole('link', { name: 'Inbox', exact: true }).click();
    await ownerButton(/Mau beli 20 kemeja/).click();
    const composer = owner.getByRole('textbox', { name: 'Message' });
    await composer.pressSequentially('/ukur');
    await visible(
      owner.getByRole('listbox', { name: 'Quick replies' }).getByRole('option', { name: /ukuran/ }),
    );
    await expectAccessible(owner);
    await composer.press('Enter');
    await hidden(owner.getByRole('listbox', { name: 'Quick replies' }));
    await ownerButton('Send').click();
    await visible(shopper.log.getByText('Tersedia ukuran S, M, L dan XL.'));

    await ownerButton('Labels').click();
    // The tick follows the server's answer, so wait for it rather than expect it at once.
    await owner.getByRole('checkbox', { name: 'Grosir', exact: true }).click();
    await visible(owner.getByRole('checkbox', { name: 'Grosir', exact: true, checked: true }));
    const conversations = owner.getByRole('list', { name: 'Conversations' });
    const labelled = conversations.getByRole('button', { name: /Tersedia ukuran S, M, L dan XL/ });
    await visible(labelled.getByText('Grosir'));
    const others = conversations.getByRole('button', { name: /Ada, kak! Ukuran L/ });
    await visible(others);
    await owner
      .getByRole('combobox', { name: 'Label', exact: true })
      .selectOption({ label: 'Grosir' });
    await hidden(others);
    await visible(labelled);
    await hidden(conversations.getByRole('listitem').nth(1));
    await owner
      .getByRole('combobox', { name: 'Label', exact: true })
      .selectOption({ label: 'All conversations' });
    await visible(others);
  });

  test('the owner adds a product with a photo; a shopper with the catalog open sees it at once, and hiding it takes it away', async () => {
    const shopper = await openShopper();
    await shopper.page.getByRole('button', { name: 'Catalog', exact: true }).click();
    await visible(shopper.page.getByRole('button', { name: /Selendang Batik Truntum Sogan/ }));

    await owner.getByRole('link', { name: 'Catalog', exact: true }).click();
    await ownerButton('New product').click();
    await visible(owner.getByRole('heading', { name: 'New product' }));
    await owner.getByRole('textbox', { name: 'Name', exact: true }).fill('Tas Anyaman Pandan');
    await owner
      .getByRole('textbox', { name: 'Description', exact: true })
      .fill('Tas anyaman tangan dari Tasikmalaya.');
    await owner.getByRole('textbox', { name: 'Price (Rp)' }).fill('150000');
    await visible(owner.getByText('Shoppers see Rp 150.000.'));
    await owner.getByRole('textbox', { name: 'Stock', exact: true }).fill('7');
    await owner.getByRole('combobox', { name: 'Collection' }).selectOption({ index: 1 });
    // A large photo: the server stores it resized and re-encoded.
    const photo = await sharp({
      create: { width: 2400, height: 1800, channels: 3, background: '#8b5a2b' },
    })
      .jpeg()
      .toBuffer();
    await owner
      .getByLabel('Add images')
      .setInputFiles({ name: 'tas.jpg', mimeType: 'image/jpeg', buffer: photo });
    await visible(owner.getByRole('img', { name: 'Image 1 of 1' }));
    await expectAccessible(owner);
    await ownerButton('Add product').click();
    await visible(ownerButton('Edit Tas Anyaman Pandan'));

    const offered = shopper.page.getByRole('button', { name: /Tas Anyaman Pandan/ });
    await visible(offered);
    await visible(offered.getByText('Rp 150.000'));
    await ownerButton('Hide Tas Anyaman Pandan from shoppers').click();
    await hidden(offered);
  });

  test('the owner adds an agent who signs in on another laptop and sees a shopper write live; removing them signs them out', async () => {
    await owner.getByRole('link', { name: 'Settings', exact: true }).click();
    await owner
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Team', exact: true })
      .click();
    await visible(owner.getByRole('heading', { name: 'Add an agent' }));
    await owner.getByRole('textbox', { name: 'Name', exact: true }).fill('Sari');
    await owner.getByRole('textbox', { name: 'Email', exact: true }).fill('sari@demo.local');
    await owner.getByLabel('Initial password').fill('sari punya sandi');
    await ownerButton('Add agent').click();
    await visible(owner.getByText('Sari was added.'));
    await expectAccessible(owner);

    const agentContext = await browser.newContext({
      locale: 'en-US',
      viewport: { width: 1280, height: 800 },
      reducedMotion: 'reduce',
    });
    shopperContexts.push(agentContext);
    const agent = await agentContext.newPage();
    await agent.goto(`${server.url}/business`);
    await agent.getByRole('textbox', { name: 'Email' }).fill('sari@demo.local');
    await agent.getByLabel('Password').fill('sari punya sandi');
    await agent.getByRole('button', { name: 'Sign in', exact: true }).click();
    await visible(agent.getByRole('list', { name: 'Conversations' }));

    await owner.getByRole('link', { name: 'Inbox', exact: true }).click();
    await visible(owner.getByRole('list', { name: 'Conversations' }));
    const shopper = await openShopper();
    await shopperSends(shopper.page, 'Halo, ada yang bisa bantu?');
    await visible(owner.getByRole('button', { name: /Halo, ada yang bisa bantu\?/ }));
    await visible(agent.getByRole('button', { name: /Halo, ada yang bisa bantu\?/ }));

    await owner.getByRole('link', { name: 'Settings', exact: true }).click();
    await owner
      .getByRole('navigation', { name: 'Settings sections' })
      .getByRole('link', { name: 'Team', exact: true })
      .click();
    owner.once('dialog', (dialog) => void dialog.accept());
    await ownerButton('Remove Sari').click();
    await hidden(ownerButton('Remove Sari'));
    await agent.reload();
    await visible(agent.getByRole('button', { name: 'Sign in', exact: true }));
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

  test('outside business hours the shopper gets the away message and sees when the shop opens', async () => {
    // Open tomorrow only (09:00–17:00 in the shop's Asia/Jakarta), so it is closed now.
    const tomorrow = new Intl.DateTimeFormat('en-US', {
      timeZone: 'Asia/Jakarta',
      weekday: 'long',
    }).format(new Date(Date.now() + 24 * 60 * 60 * 1000));
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
    await owner.getByRole('checkbox', { name: tomorrow, exact: true }).check();
    await saveSettings();

    await openSettings('Messages');
    await owner.getByRole('switch', { name: 'Send an away message' }).check();
    await owner
      .getByRole('textbox', { name: 'Away message text' })
      .fill('Kami sedang tutup. Pesan kakak akan kami balas besok pagi.');
    await owner.getByRole('switch', { name: "Show shoppers we're away" }).check();
    await saveSettings();

    const shopper = await openShopper();
    await visible(
      shopper.page
        .getByRole('status')
        .filter({ hasText: `We're away — we'll reply on ${tomorrow} at 09:00` }),
    );
    await shopperSends(shopper.page, 'Halo, masih buka?');
    await visible(
      shopper.log.getByText('Kami sedang tutup. Pesan kakak akan kami balas besok pagi.'),
    );
  });

  test('signing out shows the sign-in form again, and the inbox stays closed after a reload', async () => {
    await ownerButton('Sign out').click();
    await visible(owner.getByRole('heading', { name: 'Sign in to your business' }));
    await owner.goto(`${server.url}/business/orders`);
    await visible(owner.getByRole('button', { name: 'Sign in', exact: true }));
    await hidden(owner.getByRole('link', { name: 'Inbox', exact: true }));
  });
});
