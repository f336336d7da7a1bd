'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';

/** Asks for older messages at the top of a conversation; disabled until they have come. */
export function LoadEarlierButton({ load }: { load: () => Promise<void> }) {
  const t = useTranslations('chat');
  const [loading, setLoading] = useState(false);
  return (
    <button
      type="button"
      disabled={loading}
      onClick={() => {
        setLoading(true);
        load().finally(() => setLoading(false));
      }}
      className="text-brand-800 mx-auto mb-2 rounded-full bg-white/90 px-4 py-1.5 text-sm font-medium shadow-sm hover:bg-white"
    >
      {t('loadEarlier')}
    </button>
  );
}
