'use client';

import { lazy, Suspense, useState } from 'react';
import { dismiss, isDismissed } from '@/lib/client/pwa/dismissals';
import { isInAppBrowser } from '@/lib/client/pwa/in-app-browser';
import { useHydrated } from '../ui/use-media-query';

// Only in-app browsers download the hint itself; everyone else pays for the check above.
const InAppHint = lazy(() => import('./in-app-hint').then((m) => ({ default: m.InAppHint })));

/** Under the chat's header in Facebook's and Instagram's browsers: open a real browser to install. */
export function ChatInAppHint() {
  const hydrated = useHydrated();
  const [closed, setClosed] = useState(false);
  if (!hydrated || closed || !isInAppBrowser(navigator.userAgent) || isDismissed('in-app-hint'))
    return null;
  return (
    <Suspense fallback={null}>
      <InAppHint
        compact
        onDismiss={() => {
          dismiss('in-app-hint');
          setClosed(true);
        }}
      />
    </Suspense>
  );
}
