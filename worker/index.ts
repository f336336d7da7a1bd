// Custom service worker code. next-pwa bundles this folder (customWorkerSrc "worker") into the
// generated service worker next to Workbox's precaching and runtime caching from next.config.js.
// Push notifications: the 'push' and 'notificationclick' handlers go in this file (or in modules
// it imports from this folder).
import { registerPushHandlers } from './push';

declare const self: ServiceWorkerGlobalScope;

// Updates: skipWaiting is off in next.config.js, so Workbox's generated sw.js itself listens for
// { type: 'SKIP_WAITING' }, which the update prompt (lib/client/pwa/apply-update.ts) posts when the
// shopper taps "Reload". Nothing here needs to handle it.
void self;

registerPushHandlers();

export {};
