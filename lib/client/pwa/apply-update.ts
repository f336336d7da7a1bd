// What "Reload" in the update prompt does: let a new service worker take over, then reload.

const WAIT_FOR_WORKER_MS = 10_000;

function installed(worker: ServiceWorker | null): Promise<ServiceWorker | null> {
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(null), WAIT_FOR_WORKER_MS);
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' || worker.state === 'redundant') {
        clearTimeout(timer);
        resolve(worker.state === 'installed' ? worker : null);
      }
    });
  });
}

export async function applyUpdate(): Promise<void> {
  const serviceWorker = 'serviceWorker' in navigator ? navigator.serviceWorker : null;
  const registration = await serviceWorker?.getRegistration().catch(() => undefined);
  if (serviceWorker?.controller && registration) {
    // The server may run a new build whose worker this tab has not fetched yet: fetch it now, so
    // the reload does not come back to the same prompt when that worker arrives.
    await registration.update().catch(() => {});
    const waiting = registration.waiting ?? (await installed(registration.installing));
    if (waiting) {
      serviceWorker.addEventListener('controllerchange', () => window.location.reload(), {
        once: true,
      });
      waiting.postMessage({ type: 'SKIP_WAITING' });
      // If the worker never takes over, reload anyway: the page must not stay old.
      setTimeout(() => window.location.reload(), WAIT_FOR_WORKER_MS);
      return;
    }
  }
  window.location.reload();
}
