// The business inbox as the tests describe it, against a real shopper: two browser
// contexts on one server (PGlite, and PostgreSQL too where DATABASE_URL is set), the owner signed
// in at /business on a laptop-sized window and shoppers on /c/demo at phone size.
import type { AppServer } from '../support/app-server';
import { describeInChromium, expectAccessible, hidden, visible } from '../support/browser';
import { useBusinessE2E } from '../support/business-e2e';
import { OWNER_EMAIL, OWNER_PASSWORD } from '../support/seed';
import { storeKinds } from '../support/store';
import type { Page } from 'playwright-core';

jest.setTimeout(180_000);

describeInChromium.each(storeKinds())('the business inbox with a shopper (%s)', (kind) => {
  const e2e = useBusinessE2E(kind);
  const { openShopper, shopperSends, ownerButton, openSettings, saveSettings } = e2e;
  let server: AppServer;
  let owner: Page;

  beforeAll(() => {
    ({ server, owner } = e2e);
  });

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
