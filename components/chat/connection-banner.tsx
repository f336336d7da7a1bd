'use client';

import { useTranslations } from 'next-intl';
import { useUpdateCheck } from '@/lib/client/pwa/use-update-check';
import type { ConnectionState } from '@/lib/client/use-chat';

export function ConnectionBanner({ connection }: { connection: ConnectionState }) {
  const offline = useTranslations('offline');
  // An outdated page (refused protocol, or another build on the server) gets the app-wide update
  // prompt from components/pwa, the same one a new service worker raises.
  useUpdateCheck(connection === 'outdated');
  return (
    <div role="status" aria-live="polite">
      {connection === 'offline' && (
        <p className="bg-slate-800 px-4 py-1.5 text-center text-sm text-white">
          {offline('banner')}
        </p>
      )}
    </div>
  );
}
