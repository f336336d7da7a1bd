// Pushed replies: show the business's name and the reply's first line, set the app badge to the
// unread count, and open (or focus) the conversation when the notification is tapped.
import type { PushPayload } from '../lib/protocol/push.schema';

declare const self: ServiceWorkerGlobalScope;

const ICON = '/icons/icon-192.png';

/** The server's JSON, or null: a push from an older or newer server must not break the worker. */
function readPayload(event: PushEvent): PushPayload | null {
  try {
    const data = event.data?.json() as Partial<PushPayload> | undefined;
    if (
      !data ||
      typeof data.title !== 'string' ||
      typeof data.body !== 'string' ||
      typeof data.url !== 'string' ||
      typeof data.tag !== 'string'
    ) {
      return null;
    }
    const unread = typeof data.unread === 'number' && data.unread >= 0 ? data.unread : 0;
    return { title: data.title, body: data.body, url: data.url, tag: data.tag, unread };
  } catch {
    return null;
  }
}

/** Only a path on this origin is ever opened, whatever the payload says. */
function sameOriginUrl(value: unknown): string {
  const url = new URL(typeof value === 'string' ? value : '/', self.location.origin);
  return url.origin === self.location.origin ? url.href : self.location.origin + '/';
}

async function setBadge(unread: number): Promise<void> {
  const navigator = self.navigator as WorkerNavigator & {
    setAppBadge?: (count?: number) => Promise<void>;
    clearAppBadge?: () => Promise<void>;
  };
  try {
    if (unread > 0) await navigator.setAppBadge?.(unread);
    else await navigator.clearAppBadge?.();
  } catch {
    // The Badging API may exist but refuse (not installed, no permission): the notification is enough.
  }
}

async function focusOrOpen(url: string): Promise<void> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const target = new URL(url).pathname;
  const existing = windows.find((client) => new URL(client.url).pathname === target);
  if (existing) {
    await existing.focus();
    return;
  }
  await self.clients.openWindow(url);
}

export function registerPushHandlers(): void {
  self.addEventListener('push', (event) => {
    const payload = readPayload(event);
    // Every push must show something (userVisibleOnly); an unreadable one shows the app's name.
    const title = payload?.title ?? 'Obrol';
    const options = {
      body: payload?.body ?? '',
      icon: ICON,
      badge: ICON,
      tag: payload?.tag ?? 'obrol',
      // A newer reply replaces the conversation's notification and still alerts the shopper.
      renotify: true,
      data: { url: payload?.url ?? '/' },
    };
    event.waitUntil(
      Promise.all([
        self.registration.showNotification(title, options),
        payload ? setBadge(payload.unread) : undefined,
      ]),
    );
  });

  self.addEventListener('notificationclick', (event) => {
    event.notification.close();
    const data = event.notification.data as { url?: unknown } | null;
    event.waitUntil(focusOrOpen(sameOriginUrl(data?.url)));
  });
}
