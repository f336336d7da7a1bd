// The installable app in a real, non-incognito Chromium profile: manifest and service worker pass
// Chromium's own installability check, and a new build on the server shows the update prompt.
import type { BrowserContext, Page } from 'playwright-core';
import { removeDataDir, startAppServer, type AppServer } from '../support/app-server';
import {
  describeInChromium,
  expectAccessible,
  hidden,
  launchPersistent,
  visible,
} from '../support/browser';

jest.setTimeout(180_000);

async function controlledByServiceWorker(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, {
    timeout: 60_000,
  });
}

async function installabilityErrors(context: BrowserContext, page: Page): Promise<unknown[]> {
  const cdp = await context.newCDPSession(page);
  try {
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    return installabilityErrors;
  } finally {
    await cdp.detach();
  }
}

describeInChromium('installable PWA', () => {
  let server: AppServer;
  let profile: Awaited<ReturnType<typeof launchPersistent>>;
  let page: Page;

  beforeAll(async () => {
    server = await startAppServer({ env: { OBROL_TEST_BUILD_ID: 'pwa-test-build-1' } });
    profile = await launchPersistent();
    page = profile.context.pages()[0] ?? (await profile.context.newPage());
  });

  afterAll(async () => {
    await profile.close();
    await server.stop();
    await removeDataDir(server.dataDir);
  });

  test('the service worker controls / and /c/demo, and Chromium finds nothing against installing', async () => {
    await page.goto(`${server.url}/`);
    await controlledByServiceWorker(page);
    expect(await installabilityErrors(profile.context, page)).toEqual([]);

    await page.goto(`${server.url}/c/demo`);
    await controlledByServiceWorker(page);
    await visible(page.getByRole('textbox', { name: 'Message' }));
    expect(await installabilityErrors(profile.context, page)).toEqual([]);

    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as {
      name: string;
      display: string;
      icons: { purpose: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Obrol', display: 'standalone' });
    expect(manifest.icons.filter((icon) => icon.purpose === 'maskable')).toHaveLength(2);
  });

  test('a restarted server with another build id makes the open chat offer a reload, which reloads', async () => {
    await page.goto(`${server.url}/c/demo`);
    await visible(page.getByRole('textbox', { name: 'Message' }));
    expect(await page.locator('html').getAttribute('data-build-id')).toBe('pwa-test-build-1');
    const prompt = page.getByText('A new version of Obrol is ready');
    expect(await prompt.count()).toBe(0);

    // The same build and data, restarted on the same port, reporting a new build id: what a deploy
    // looks like to a page that stays open. The socket reconnects and hears server:hello.
    const port = new URL(server.url).port;
    await server.stop();
    server = await startAppServer({
      dataDir: server.dataDir,
      env: { PORT: port, OBROL_TEST_BUILD_ID: 'pwa-test-build-2' },
    });

    await visible(prompt, 60_000);
    await expectAccessible(page);
    await Promise.all([
      page.waitForEvent('framenavigated', { timeout: 30_000 }),
      page.getByRole('button', { name: 'Reload' }).click(),
    ]);
    // Mid-reload the document may have no root element yet: wait for the new page's.
    await page.waitForFunction(
      () => document.documentElement?.dataset.buildId === 'pwa-test-build-2',
      null,
      { timeout: 30_000 },
    );
    await visible(page.getByRole('textbox', { name: 'Message' }));
    await hidden(prompt);
  });
});
