// The chat's offline layer as a test sees it in Chromium: the device's IndexedDB copy.
import type { Page } from 'playwright-core';
import { eventually } from './browser';

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
