// The installable app in a real, non-incognito Chromium profile: manifest and service worker pass
// Chromium's own installability check, and a new build on the server shows the update prompt.
import type { BrowserContext, Page } from 'playwright-core';
import { PROTOCOL_VERSION } from '@/lib/protocol/version';
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

interface ManifestImage {
  src: string;
  sizes: string;
  type: string;
  purpose?: string;
}

/** A PNG's width and height, read from its header, as a manifest writes them ("192x192"). */
async function pngSize(url: string): Promise<string> {
  const response = await fetch(url);
  expect(response.headers.get('content-type')).toBe('image/png');
  const header = Buffer.from(await response.arrayBuffer());
  return `${header.readUInt32BE(16)}x${header.readUInt32BE(20)}`;
}

describeInChromium('installable PWA', () => {
  let server: AppServer;
  let profile: Awaited<ReturnType<typeof launchPersistent>>;
  let page: Page;

  beforeAll(async () => {
    server = await startAppServer({ env: { OBROL_TEST_BUILD_ID: 'pwa-test-build-1' } });
    // Chromium offers an install (beforeinstallprompt) only after some use of the site; the flag
    // skips that wait, so the "Install app" button can be seen.
    profile = await launchPersistent({ args: ['--bypass-app-banner-engagement-checks'] });
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
  });

  test('where Chromium offers the install, the home page shows an "Install app" button', async () => {
    await page.goto(`${server.url}/`);
    await controlledByServiceWorker(page);
    const install = page.getByRole('button', { name: 'Install app' });
    await visible(install);
    await expectAccessible(page);
  });

  test('the manifest has every field an install needs, and its images are what it says they are', async () => {
    const manifest = (await (await fetch(`${server.url}/manifest.webmanifest`)).json()) as {
      icons: ManifestImage[];
      screenshots: (ManifestImage & { form_factor: string; label: string })[];
      shortcuts: { name: string; url: string; icons: ManifestImage[] }[];
    };
    expect(manifest).toMatchObject({
      id: '/',
      name: 'Obrol',
      short_name: 'Obrol',
      description: expect.stringMatching(/\S/),
      start_url: '/?source=pwa',
      scope: '/',
      display: 'standalone',
      theme_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
      background_color: expect.stringMatching(/^#[0-9a-f]{6}$/i),
    });
    expect(manifest.icons.map((icon) => [icon.purpose, icon.sizes]).sort()).toEqual([
      ['any', '192x192'],
      ['any', '512x512'],
      ['maskable', '192x192'],
      ['maskable', '512x512'],
    ]);
    expect(manifest.screenshots.map((shot) => shot.form_factor).sort()).toEqual(['narrow', 'wide']);
    for (const shot of manifest.screenshots) expect(shot.label).toMatch(/\S/);
    expect(manifest.shortcuts).toEqual([
      expect.objectContaining({ url: expect.stringMatching(/^\/c\/demo\b/) }),
    ]);
    const images = [
      ...manifest.icons,
      ...manifest.screenshots,
      ...manifest.shortcuts.flatMap((s) => s.icons),
    ];
    for (const image of images) expect(await pngSize(server.url + image.src)).toBe(image.sizes);
    // The shortcut opens the chat it names.
    const shortcut = await fetch(server.url + (manifest.shortcuts[0]?.url ?? ''));
    expect(shortcut.status).toBe(200);
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

  test('a page whose protocol version the server refuses says a new version is ready', async () => {
    // As if this page were older than the server: its socket.io CONNECT packet (sent by HTTP
    // long-polling first) names another protocol version, which the server answers UPGRADE_REQUIRED.
    const outdated = await profile.context.newPage();
    await outdated.route('**/socket.io/**', async (route) => {
      const body = route.request().postData();
      if (route.request().method() !== 'POST' || !body) return route.continue();
      await route.continue({
        postData: body.replace(
          `"protocolVersion":${PROTOCOL_VERSION}`,
          `"protocolVersion":${PROTOCOL_VERSION - 1}`,
        ),
      });
    });
    await outdated.goto(`${server.url}/c/demo`);
    await visible(outdated.getByText('A new version of Obrol is ready'));
    await visible(outdated.getByRole('button', { name: 'Reload' }));
    await expectAccessible(outdated);
    await outdated.close();
  });
});
