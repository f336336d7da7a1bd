'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { applyUpdate } from '@/lib/client/pwa/apply-update';

/** "A new version of Obrol is ready": reloads only when the shopper taps, never by itself. */
export default function UpdatePrompt() {
  const t = useTranslations('pwa');
  const [reloading, setReloading] = useState(false);
  return (
    <div
      aria-live="polite"
      className="fixed inset-x-3 bottom-[calc(env(safe-area-inset-bottom)+5.5rem)] z-50 mx-auto flex max-w-md items-center gap-3 rounded-2xl bg-slate-900 py-2.5 pr-2.5 pl-4 text-sm text-white shadow-xl"
    >
      <p className="flex-1">{t('updateReady')}</p>
      <button
        type="button"
        disabled={reloading}
        onClick={() => {
          setReloading(true);
          void applyUpdate();
        }}
        className="text-brand-900 shrink-0 rounded-full bg-white px-4 py-2 font-semibold hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white disabled:opacity-70"
      >
        {t('updateReload')}
      </button>
    </div>
  );
}
