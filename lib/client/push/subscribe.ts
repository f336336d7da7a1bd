// Subscribes this browser to web push with the server's VAPID key and registers it with the server.
// Loaded only when the shopper turns notifications on, or when permission was granted before.
import { request } from '../request';
import type { ClientSocket } from '../socket';

const SERVICE_WORKER_WAIT_MS = 10_000;

function decodeBase64Url(text: string): Uint8Array<ArrayBuffer> {
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/');
  const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='));
  return Uint8Array.from(binary, (character) => character.charCodeAt(0));
}

function sameKey(a: ArrayBuffer | null, b: Uint8Array): boolean {
  if (!a || a.byteLength !== b.byteLength) return false;
  const bytes = new Uint8Array(a);
  return bytes.every((byte, index) => byte === b[index]);
}

async function serviceWorker(): Promise<ServiceWorkerRegistration> {
  // ready never settles where no worker is registered (development builds): give up instead.
  return Promise.race([
    navigator.serviceWorker.ready,
    new Promise<never>((_, reject) =>
      setTimeout(() => reject(new Error('no service worker')), SERVICE_WORKER_WAIT_MS),
    ),
  ]);
}

/** Asks for permission (when not yet granted) and subscribes; true when notifications are on. */
export async function turnOnPush(socket: ClientSocket): Promise<boolean> {
  const permission =
    Notification.permission === 'granted' ? 'granted' : await Notification.requestPermission();
  if (permission !== 'granted') return false;
  await syncPushSubscription(socket);
  return true;
}

/** Makes sure this browser holds a subscription for the server's current key, and the server knows it. */
export async function syncPushSubscription(socket: ClientSocket): Promise<void> {
  const [registration, { publicKey }] = await Promise.all([
    serviceWorker(),
    request(socket, 'push:key', {}),
  ]);
  const key = decodeBase64Url(publicKey);
  let subscription = await registration.pushManager.getSubscription();
  // A subscription made for an older key would be refused by the push service.
  if (subscription && !sameKey(subscription.options.applicationServerKey, key)) {
    await subscription.unsubscribe();
    subscription = null;
  }
  subscription ??= await registration.pushManager.subscribe({
    userVisibleOnly: true,
    applicationServerKey: key,
  });
  await request(socket, 'push:subscribe', subscription.toJSON());
}
