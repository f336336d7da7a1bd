// Registers /sw.js (built by next-pwa) and reports a new version waiting to take over.
// Plain browser APIs instead of workbox-window: a few hundred bytes in every page's first load.

export function registerServiceWorker(onUpdateWaiting: () => void): void {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker
    .register('/sw.js', { scope: '/' })
    .then((registration) => {
      // Only an update has a controller already; the first install simply takes over.
      const check = () => {
        if (registration.waiting && navigator.serviceWorker.controller) onUpdateWaiting();
      };
      check();
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker?.addEventListener('statechange', () => {
          if (worker.state === 'installed') check();
        });
      });
      // An installed app may stay open for days: look for a new version whenever it is shown.
      document.addEventListener('visibilitychange', () => {
        if (document.visibilityState === 'visible') registration.update().catch(() => {});
      });
    })
    .catch(() => {
      // No service worker (private mode, unsupported): the app works online as before.
    });
}

/** A development server has no worker; remove one a production build left behind. */
export function unregisterServiceWorkers(): void {
  if (!('serviceWorker' in navigator)) return;
  void navigator.serviceWorker
    .getRegistrations()
    .then((registrations) => registrations.forEach((registration) => registration.unregister()));
}
