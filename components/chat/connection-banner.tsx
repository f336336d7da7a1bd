'use client';

import { useTranslations } from 'next-intl';
import type { ConnectionState } from '@/lib/client/use-chat';

export function ConnectionBanner({ connection }: { connection: ConnectionState }) {
  const t = useTranslations('chat');
  if (connection === 'outdated') {
    return (
      <div
        role="status"
        className="flex items-center justify-center gap-3 bg-amber-100 px-4 py-2 text-sm text-amber-950"
      >
        {t('outdated')}
        <button
          type="button"
          onClick={() => window.location.reload()}
          className="rounded-full bg-amber-900 px-3 py-1 font-medium text-white"
        >
          {t('reload')}
        </button>
      </div>
    );
  }
  return (
    <div role="status" aria-live="polite">
      {connection === 'offline' && (
        <p className="bg-slate-800 px-4 py-1.5 text-center text-sm text-white">{t('offline')}</p>
      )}
    </div>
  );
}
