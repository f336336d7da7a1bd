'use client';

import { lazy, Suspense } from 'react';
import { useHydrated } from '../ui/use-media-query';

// Install help depends on the browser, so it is decided and loaded only once the page runs.
const InstallOfferView = lazy(() => import('./install-offer-view'));

export function LazyInstallOffer({ variant }: { variant: 'card' | 'row' }) {
  const hydrated = useHydrated();
  if (!hydrated) return null;
  return (
    <Suspense fallback={null}>
      <InstallOfferView variant={variant} />
    </Suspense>
  );
}
