// Install help by browser: Facebook's and Instagram's in-app browsers get a working chat and a hint
// to open a real browser (no install or push prompts); iOS Safari gets Add to Home Screen steps.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { removeDataDir, startAppServer, type AppServer } from '../support/app-server';
import {
  describeInChromium,
  expectAccessible,
  hidden,
  launchBrowser,
  visible,
} from '../support/browser';
import { FACEBOOK_IOS, INSTAGRAM_ANDROID, SAFARI_IOS } from '../support/user-agents';

jest.setTimeout(120_000);

describeInChromium('install help in in-app browsers and iOS Safari', () => {
  let server: AppServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    server = await startAppServer();
    browser = await launchBrowser();
  });

  afterEach(async () => {
    await context.close();
  });

  afterAll(async () => {
    await browser.close();
    await server.stop();
    await removeDataDir(server.dataDir);
  });

  async function open(userAgent: string, width = 360, height = 740): Promise<void> {
    context = await browser.newContext({
      userAgent,
      locale: 'en-US',
      viewport: { width, height },
      reducedMotion: 'reduce',
    });
    page = await context.newPage();
  }

  test.each([
    ['Instagram on Android', INSTAGRAM_ANDROID],
    ['Facebook on iOS', FACEBOOK_IOS],
  ])('%s: the hint with the link, no install button, and the chat works', async (_name, agent) => {
    await open(agent);
    await page.goto(`${server.url}/?fbclid=abc`);
    const hint = page.getByRole('region', { name: 'Open in your browser to install Obrol' });
    await visible(hint);
    await expect(
      page.getByRole('textbox', { name: 'Link to this page' }).inputValue(),
    ).resolves.toBe(`${server.url}/`);
    expect(await page.getByRole('button', { name: 'Install app' }).count()).toBe(0);
    await expectAccessible(page);

    await page.goto(`${server.url}/c/demo`);
    await visible(hint);
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Message' }).fill('Hello from the in-app browser');
    await page.getByRole('button', { name: 'Send' }).click();
    await visible(page.getByText('Hello from the in-app browser'));
    await visible(
      page
        .getByRole('log')
        .getByText(/^(Sent|Delivered|Read)$/)
        .last(),
    );
    // After a first sent message an ordinary browser offers notifications (push.test.ts); not here.
    await page.waitForTimeout(1_000);
    expect(await page.getByRole('region', { name: /^Get a notification when/ }).count()).toBe(0);

    // Closed once, it stays closed on this device.
    await page.getByRole('button', { name: 'Close' }).first().click();
    await hidden(hint);
    await page.reload();
    await visible(page.getByRole('textbox', { name: 'Message' }));
    expect(await hint.count()).toBe(0);
  });

  test('iOS Safari: the Add to Home Screen steps on the home page, dismissed for good', async () => {
    await open(SAFARI_IOS);
    await page.goto(`${server.url}/`);
    const steps = page.getByRole('region', { name: 'Add Obrol to your Home Screen' });
    await visible(steps);
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Not now' }).click();
    await hidden(steps);
    await page.reload();
    await visible(page.getByRole('heading', { name: 'Shops on Obrol' }));
    expect(await steps.count()).toBe(0);
  });
});
