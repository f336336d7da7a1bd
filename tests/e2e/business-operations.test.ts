// A day of running the shop from /business beyond the chat itself: the Orders view, quick
// replies and labels, the catalog and the team, each against real shoppers in Chromium (PGlite,
// and PostgreSQL too where DATABASE_URL is set).
import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import type { Catalog } from '@/lib/protocol/commerce.schema';
import type { Page } from 'playwright-core';
import { connectOwnerAgent, type AppServer } from '../support/app-server';
import { describeInChromium, expectAccessible, hidden, visible } from '../support/browser';
import { LAPTOP, useBusinessE2E } from '../support/business-e2e';
import { connect, request, shopperCookie } from '../support/clients';
import { OWNER_EMAIL, OWNER_PASSWORD } from '../support/seed';
import { storeKinds } from '../support/store';

jest.setTimeout(180_000);

describeInChromium.each(storeKinds())('running the shop from /business (%s)', (kind) => {
  const e2e = useBusinessE2E(kind);
  const { openShopper, shopperSends, ownerButton, openSettings } = e2e;
  let server: AppServer;
  let owner: Page;

  beforeAll(async () => {
    ({ server, owner } = e2e);
    await owner.goto(`${server.url}/business`);
    await e2e.signIn(owner, OWNER_EMAIL, OWNER_PASSWORD);
    await visible(owner.getByRole('link', { name: 'Inbox', exact: true }));
  });

  /** A shopper's cart with one of the demo's products, sent over the socket and accepted. */
  async function acceptedOrder(): Promise<void> {
    const shopper = await connect(server.url, { cookie: shopperCookie() });
    const staff = await connectOwnerAgent(server);
    try {
      const response = await fetch(`${server.url}/api/businesses/demo/catalog`);
      const catalog = ((await response.json()) as { data: Catalog }).data;
      const product = catalog.products.find((item) => item.options.length === 0)!;
      const { conversation } = await request(shopper, 'conversation:open', {
        businessSlug: 'demo',
      });
      const conversationId = conversation.id;
      const added = await request(shopper, 'cart:add', {
        conversationId,
        productId: product.id,
        quantity: 1,
        options: {},
      });
      const { message } = await request(shopper, 'cart:send', {
        conversationId,
        clientId: randomUUID(),
        cartVersion: added.cart.version,
        catalogVersion: added.cart.catalogVersion,
      });
      await request(staff, 'order:accept', { orderId: message.order?.id });
    } finally {
      shopper.close();
      staff.close();
    }
  }

  test('the Orders view filters by status with counts and totals; the accepted order is marked fulfilled', async () => {
    await acceptedOrder();
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

    // Another shopper's chat, left unlabelled, for the filter to leave out.
    await shopperSends((await openShopper()).page, 'Cuma lihat-lihat dulu, kak.');
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
    const others = conversations.getByRole('button', { name: /Cuma lihat-lihat dulu/ });
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
    await openSettings('Team');
    await visible(owner.getByRole('heading', { name: 'Add an agent' }));
    await owner.getByRole('textbox', { name: 'Name', exact: true }).fill('Sari');
    await owner.getByRole('textbox', { name: 'Email', exact: true }).fill('sari@demo.local');
    await owner.getByLabel('Initial password').fill('sari punya sandi');
    await ownerButton('Add agent').click();
    await visible(owner.getByText('Sari was added.'));
    await expectAccessible(owner);

    const agent = await (await e2e.newContext(LAPTOP)).newPage();
    await agent.goto(`${server.url}/business`);
    await e2e.signIn(agent, 'sari@demo.local', 'sari punya sandi');
    await visible(agent.getByRole('list', { name: 'Conversations' }));

    await owner.getByRole('link', { name: 'Inbox', exact: true }).click();
    await visible(owner.getByRole('list', { name: 'Conversations' }));
    const shopper = await openShopper();
    await shopperSends(shopper.page, 'Halo, ada yang bisa bantu?');
    await visible(owner.getByRole('button', { name: /Halo, ada yang bisa bantu\?/ }));
    await visible(agent.getByRole('button', { name: /Halo, ada yang bisa bantu\?/ }));

    await openSettings('Team');
    owner.once('dialog', (dialog) => void dialog.accept());
    await ownerButton('Remove Sari').click();
    await hidden(ownerButton('Remove Sari'));
    await agent.reload();
    await visible(agent.getByRole('button', { name: 'Sign in', exact: true }));
  });
});
