'use client';

import { useState } from 'react';
import { dismiss, isDismissed } from '@/lib/client/pwa/dismissals';
import { useHydrated } from '../ui/use-media-query';
import { InAppHint } from './in-app-hint';

/**
 * Under the chat's header in Facebook's and Instagram's browsers: open a real browser to install.
 * Loaded only there (the chat page decides from the user agent), so other browsers download none of it.
 */
export function ChatInAppHint() {
  const hydrated = useHydrated();
  const [closed, setClosed] = useState(false);
  if (!hydrated || closed || isDismissed('in-app-hint')) return null;
  return (
    <InAppHint
      compact
      onDismiss={() => {
        dismiss('in-app-hint');
        setClosed(true);
      }}
    />
  );
}
