// A shopper in Chromium chats live with an agent connected over the protocol.
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

jest.setTimeout(120_000);

describeInChromium('shopper chat at /c/demo', () => {
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

  function conversationLog() {
    return page.getByRole('log', { name: /Conversation with Griya Nusantara/ });
  }

  test('greeting, a message the agent receives, the agent reply, read ticks, typing, and history after reload', async () => {
    const opened = nextEvent(agent, 'conversation:updated', 20_000);
    await page.goto(`${server.url}/c/demo`);
    await visible(conversationLog().getByText(/Selamat datang di Griya Nusantara/));
    const { conversation } = await opened;
    await request(agent, 'conversation:join', { conversationId: conversation.id });

    const received = nextEvent(agent, 'message:created');
    await page
      .getByRole('textbox', { name: 'Message' })
      .fill('Is the parang shirt available in L?');
    await page.getByRole('button', { name: 'Send' }).click();
    const { message } = await received;
    expect(message).toMatchObject({
      sender: 'shopper',
      text: 'Is the parang shirt available in L?',
    });
    await visible(conversationLog().getByText('Sent', { exact: true }));

    await request(agent, 'receipt:update', {
      conversationId: conversation.id,
      readSeq: message.seq,
    });
    await visible(conversationLog().getByText('Read', { exact: true }));

    await request(agent, 'typing:update', { conversationId: conversation.id, typing: true });
    await visible(page.getByText('typing…').first());

    await request(agent, 'message:send', {
      conversationId: conversation.id,
      clientId: crypto.randomUUID(),
      text: 'Yes, size L is in stock!',
    });
    await visible(conversationLog().getByText('Yes, size L is in stock!'));

    await page.reload();
    for (const text of [
      /Selamat datang/,
      /Is the parang shirt available in L\?/,
      /Yes, size L is in stock!/,
    ]) {
      await visible(conversationLog().getByText(text));
    }
    await expectAccessible(page);
  });

  test('Enter sends and Shift+Enter starts a new line', async () => {
    await page.goto(`${server.url}/c/demo`);
    const box = page.getByRole('textbox', { name: 'Message' });
    await visible(conversationLog().getByText(/Selamat datang/));
    await box.fill('first line');
    await box.press('Shift+Enter');
    await box.pressSequentially('second line');
    expect(await box.inputValue()).toBe('first line\nsecond line');
    await box.press('Enter');
    await visible(conversationLog().getByText(/first line\s+second line/));
    expect(await box.inputValue()).toBe('');
  });

  test('the header opens the business profile, which Escape closes', async () => {
    await page.goto(`${server.url}/c/demo`);
    await visible(conversationLog().getByText(/Selamat datang/));
    await page.getByRole('button', { name: /^Griya Nusantara\b/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Business profile' });
    await visible(dialog);
    await visible(dialog.getByText(/Prawirotaman/).first());
    await visible(dialog.getByText(/Open now|Closed now/));
    await visible(dialog.getByRole('link', { name: 'griyanusantara.example' }));
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await hidden(dialog);
  });

  test('the language switch turns the chat into Bahasa Indonesia and is remembered', async () => {
    await page.goto(`${server.url}/c/demo`);
    // Wait until the chat is live (hydrated): a change before hydration has no handler yet.
    await visible(conversationLog().getByText(/Selamat datang/));
    await page.getByRole('combobox', { name: 'Language' }).selectOption('id');
    await visible(page.getByRole('textbox', { name: 'Pesan' }));
    await page.reload();
    await visible(page.getByRole('button', { name: 'Kirim' }));
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
  });

  test('the home page, the chat and the 404 page pass axe-core', async () => {
    await page.goto(`${server.url}/`);
    await visible(page.getByRole('link', { name: /Griya Nusantara/ }));
    await expectAccessible(page);
    const missing = await page.goto(`${server.url}/c/no-such-shop`);
    expect(missing?.status()).toBe(404);
    await visible(page.getByRole('heading', { name: "We couldn't find that page" }));
    await expectAccessible(page);
  });
});
