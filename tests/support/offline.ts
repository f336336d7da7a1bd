// The chat offline in Chromium: a shopper's persistent profile beside an agent, and the device's
// IndexedDB copy as a test sees it.
import type { Locator, Page } from 'playwright-core';
import { connectOwnerAgent, removeDataDir, startAppServer, type AppServer } from './app-server';
import { eventually, launchPersistent } from './browser';
import type { TestSocket } from './clients';

type PersistentProfile = Awaited<ReturnType<typeof launchPersistent>>;

/**
 * Waits until the device's copy for the demo shop in `store` ('conversations' or 'catalogs')
 * holds `text`. The chat saves a conversation after a short pause, and a catalog once fetched.
 */
export async function deviceHolds(
  page: Page,
  store: 'conversations' | 'catalogs',
  text: string,
): Promise<void> {
  const holds = () =>
    page.evaluate(
      async ([storeName, wanted]) => {
        // Opening a database that does not exist yet would create it empty: ask first.
        if (!(await indexedDB.databases()).some((db) => db.name === 'obrol')) return false;
        return new Promise<boolean>((resolve) => {
          const open = indexedDB.open('obrol');
          open.onerror = () => resolve(false);
          open.onsuccess = () => {
            const db = open.result;
            const get = db.transaction(storeName).objectStore(storeName).get('demo');
            get.onsuccess = () => {
              db.close();
              resolve(JSON.stringify(get.result ?? null).includes(wanted));
            };
          };
        });
      },
      [store, text] as const,
    );
  await eventually(holds, { what: `the device's ${store} holding "${text}"` });
}

export interface OfflineChat {
  readonly server: AppServer;
  /** The demo owner's agent socket. */
  readonly agent: TestSocket;
  readonly profile: PersistentProfile;
  /** The shopper's page, at phone size. */
  readonly page: Page;
  button(name: string | RegExp): Locator;
  log(): Locator;
  composer(): Locator;
}

/**
 * For one describe block: a server, the owner's agent socket and a shopper in a fresh persistent
 * Chromium profile (service worker and IndexedDB need one), stopped and removed after.
 */
export function useOfflineChat(): OfflineChat {
  let started: Pick<OfflineChat, 'server' | 'agent' | 'profile' | 'page'> | undefined;

  beforeAll(async () => {
    const server = await startAppServer();
    const agent = await connectOwnerAgent(server);
    const profile = await launchPersistent();
    const page = profile.context.pages()[0] ?? (await profile.context.newPage());
    await page.setViewportSize({ width: 360, height: 740 });
    started = { server, agent, profile, page };
  });

  afterAll(async () => {
    if (!started) return;
    started.agent.close();
    await started.profile.close();
    await started.server.stop();
    await removeDataDir(started.server.dataDir);
  });

  const get = () => {
    if (!started) throw new Error('useOfflineChat is used outside its describe block');
    return started;
  };
  return {
    get server() {
      return get().server;
    },
    get agent() {
      return get().agent;
    },
    get profile() {
      return get().profile;
    },
    get page() {
      return get().page;
    },
    button: (name) =>
      get().page.getByRole('button', typeof name === 'string' ? { name, exact: true } : { name }),
    log: () => get().page.getByRole('log', { name: /Conversation with Griya Nusantara/ }),
    composer: () => get().page.getByRole('textbox', { name: 'Message' }),
  };
}
