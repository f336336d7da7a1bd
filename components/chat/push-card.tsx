'use client';

import { useTranslations } from 'next-intl';
import { useId } from 'react';

interface PushCardProps {
  businessName: string;
  working: boolean;
  failed: boolean;
  onTurnOn: () => void;
  onNotNow: () => void;
}

/** The explanation before the browser's own permission prompt: what notifications are for. */
export function PushCard({ businessName, working, failed, onTurnOn, onNotNow }: PushCardProps) {
  const t = useTranslations('push');
  const titleId = useId();
  return (
    <section
      aria-labelledby={titleId}
      className="mx-auto mb-1 w-[calc(100%-1rem)] max-w-md rounded-2xl bg-white px-4 py-3 text-sm text-slate-900 shadow-sm ring-1 ring-slate-200"
    >
      <h2 id={titleId} className="font-semibold">
        {t('offerTitle', { business: businessName })}
      </h2>
      <p className="mt-1 text-slate-700">{t('offerBody')}</p>
      {failed && (
        <p role="alert" className="mt-1 text-red-700">
          {t('failed')}
        </p>
      )}
      <div className="mt-2 flex justify-end gap-2">
        <button
          type="button"
          onClick={onNotNow}
          className="rounded-full px-3 py-1.5 font-medium text-slate-700 hover:bg-slate-100"
        >
          {t('notNow')}
        </button>
        <button
          type="button"
          onClick={onTurnOn}
          disabled={working}
          className="rounded-full bg-emerald-700 px-3 py-1.5 font-medium text-white disabled:opacity-60"
        >
          {working ? t('turningOn') : t('turnOn')}
        </button>
      </div>
    </section>
  );
}
