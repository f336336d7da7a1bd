'use client';

import { useTranslations } from 'next-intl';
import type { SaveStatus } from './use-settings-form';

/** The save button and what became of the last save, announced politely. */
export function SaveBar({
  status,
  updatedElsewhere,
}: {
  status: SaveStatus;
  updatedElsewhere: boolean;
}) {
  const t = useTranslations('businessSettings');
  const message = {
    idle: updatedElsewhere ? t('updatedElsewhere') : '',
    saving: t('saving'),
    saved: t('saved'),
    invalid: t('fixErrors'),
    forbidden: t('forbidden'),
    failed: t('failed'),
  }[status];
  const bad = status === 'invalid' || status === 'forbidden' || status === 'failed';
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="submit"
        disabled={status === 'saving'}
        className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 rounded-lg px-5 py-2 font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60"
      >
        {t('save')}
      </button>
      <p role="status" className={`text-sm ${bad ? 'font-medium text-red-700' : 'text-slate-700'}`}>
        {message}
      </p>
    </div>
  );
}
