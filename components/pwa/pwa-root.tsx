'use client';

import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { captureInstallPrompt } from '@/lib/client/pwa/install-prompt';
import { registerServiceWorker, unregisterServiceWorkers } from '@/lib/client/pwa/service-worker';
import { announceUpdate, getUpdateReason, subscribeUpdate } from '@/lib/client/pwa/update-store';

// The prompt's code loads only when there is an update to announce.
const UpdatePrompt = lazy(() => import('./update-prompt'));

let started = false;

/** In the root layout: registers the service worker and shows the update prompt when needed. */
export function PwaRoot() {
  const reason = useSyncExternalStore(subscribeUpdate, getUpdateReason, () => null);

  useEffect(() => {
    if (started) return;
    started = true;
    captureInstallPrompt();
    if (process.env.NODE_ENV !== 'production') {
      unregisterServiceWorkers();
      return;
    }
    // After the page's own load, so the worker's precaching never competes with the first paint.
    const register = () => registerServiceWorker(() => announceUpdate('worker'));
    if (document.readyState === 'complete') register();
    else window.addEventListener('load', register, { once: true });
  }, []);

  if (!reason) return null;
  return (
    <Suspense fallback={null}>
      <UpdatePrompt />
    </Suspense>
  );
}
