// Custom service worker code. next-pwa bundles this folder (customWorkerSrc "worker") into the
// generated service worker next to Workbox's precaching and runtime caching from next.config.js.
// Push notifications: the 'push' and 'notificationclick' handlers go in this file (or in modules
// it imports from this folder).
declare const self: ServiceWorkerGlobalScope;

// The update prompt (components/pwa/update-prompt.tsx) asks a waiting worker to take over only
// when the shopper taps "Reload"; next-pwa's own skipWaiting stays off so nothing swaps silently.
self.addEventListener('message', (event) => {
  if (event.data?.type === 'SKIP_WAITING') void self.skipWaiting();
});

export {};
