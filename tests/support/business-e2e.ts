// The business inbox in Chromium: one server (on a store of the given kind) and one browser per
// describe block, the owner on a laptop-sized window, shoppers and other agents in contexts of
// their own that are closed after each test.
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startAppServerOn, type AppServer } from './app-server';
import { launchBrowser, visible } from './browser';
import type { StoreKind } from './store';

export const LAPTOP = { width: 1280, height: 800 };
export const PHONE = { width: 360, height: 740 };

export type SettingsSection = 'Hours' | 'Messages' | 'Quick replies' | 'Labels' | 'Team';

export interface BusinessE2E {
  readonly server: AppServer;
  /** The owner's page, signed out until a test signs in. */
  readonly owner: Page;
  /** A context of its own (fresh cookies), closed after the test. */
  newContext(viewport?: { width: number; height: number }): Promise<BrowserContext>;
  /** A new shopper on the demo chat, once the greeting is shown and the chat is live. */
  openShopper(): Promise<{ page: Page; log: ReturnType<Page['getByRole']> }>;
  shopperSends(page: Page, text: string): Promise<void>;
  /** Fills in and sends the sign-in form on `page`, which shows it. */
  signIn(page: Page, email: string, password: string): Promise<void>;
  ownerButton(name: string | RegExp): ReturnType<Page['getByRole']>;
  openSettings(section: SettingsSection): Promise<void>;
  saveSettings(): Promise<void>;
}

export function useBusinessE2E(kind: StoreKind): BusinessE2E {
  let server: AppServer | undefined;
  let dispose: (() => Promise<void>) | undefined;
  let browser: Browser | undefined;
  let owner: Page | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    ({ server, dispose } = await startAppServerOn(kind));
    browser = await launchBrowser();
    owner = await (await browser.newContext(options(LAPTOP))).newPage();
  });

  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  afterAll(async () => {
    await browser?.close();
    await dispose?.();
  });

  const started = () => {
    if (!server || !browser || !owner) throw new Error('used outside a test');
    return { server, browser, owner };
  };

  const fixture: BusinessE2E = {
    get server() {
      return started().server;
    },
    get owner() {
      return started().owner;
    },
    async newContext(viewport = PHONE) {
      const context = await started().browser.newContext(options(viewport));
      contexts.push(context);
      return context;
    },
    async openShopper() {
      const page = await (await fixture.newContext(PHONE)).newPage();
      await page.goto(`${started().server.url}/c/demo`);
      const log = page.getByRole('log', { name: /Conversation with Griya Nusantara/ });
      await visible(log.getByText(/Griya Nusantara|Selamat/).first());
      return { page, log };
    },
    async shopperSends(page, text) {
      await page.getByRole('textbox', { name: 'Message' }).fill(text);
      await page.getByRole('button', { name: 'Send', exact: true }).click();
    },
    async signIn(page, email, password) {
      await page.getByRole('textbox', { name: 'Email' }).fill(email);
      await page.getByLabel('Password').fill(password);
      await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    },
    ownerButton: (name) =>
      started().owner.getByRole(
        'button',
        typeof name === 'string' ? { name, exact: true } : { name },
      ),
    async openSettings(section) {
      const page = started().owner;
      await page.getByRole('link', { name: 'Settings', exact: true }).click();
      await page
        .getByRole('navigation', { name: 'Settings sections' })
        .getByRole('link', { name: section, exact: true })
        .click();
    },
    async saveSettings() {
      await fixture.ownerButton('Save').click();
      await visible(started().owner.getByText('Saved.'));
    },
  };
  return fixture;
}

function options(viewport: { width: number; height: number }) {
  return { locale: 'en-US', viewport, reducedMotion: 'reduce' as const };
}
