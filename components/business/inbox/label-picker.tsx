'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import type { ConversationSummary } from '@/lib/protocol/chat.schema';
import type { Label } from '@/lib/protocol/inbox.schema';
import { LABEL_SWATCH } from './label-colors';

/** Tick the labels a conversation carries; each change is saved at once. */
export function LabelPicker({
  conversationId,
  applied,
  labels,
  onChanged,
}: {
  conversationId: string;
  applied: Label[];
  labels: Label[];
  onChanged: (conversation: ConversationSummary) => void;
}) {
  const t = useTranslations('businessInbox');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState(false);
  const panelId = useId();
  const on = new Set(applied.map((label) => label.id));

  async function toggle(label: Label, add: boolean) {
    setError(false);
    try {
      const { conversation } = await request(getSocket('agent'), 'conversation:label', {
        conversationId,
        labelId: label.id,
        action: add ? 'add' : 'remove',
      });
      onChanged(conversation);
    } catch {
      setError(true);
    }
  }

  return (
    <div className="relative">
      <button
        type="button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
        className="focus-visible:outline-brand-700 rounded-full border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 focus-visible:outline-2"
      >
        {t('labelsButton')}
      </button>
      {open && (
        <fieldset
          id={panelId}
          className="absolute right-0 z-30 mt-1 w-64 rounded-xl border border-slate-200 bg-white p-2 shadow-lg"
        >
          <legend className="sr-only">{t('labelsButton')}</legend>
          {labels.length === 0 && <p className="p-2 text-sm text-slate-700">{t('noLabels')}</p>}
          {labels.map((label) => (
            <label
              key={label.id}
              className="flex cursor-pointer items-center gap-2 rounded-md px-2 py-1.5 text-sm hover:bg-slate-50"
            >
              <input
                type="checkbox"
                checked={on.has(label.id)}
                onChange={(event) => void toggle(label, event.target.checked)}
                className="accent-brand-700 size-4"
              />
              <span aria-hidden className={`size-3 rounded-full ${LABEL_SWATCH[label.color]}`} />
              <span className="min-w-0 truncate">{label.name}</span>
            </label>
          ))}
          {error && (
            <p role="alert" className="p-2 text-sm text-red-800">
              {t('actionFailed')}
            </p>
          )}
          <a
            href="/business/settings/labels"
            className="text-brand-800 mt-1 block px-2 py-1 text-sm font-medium underline"
          >
            {t('manageLabels')}
          </a>
        </fieldset>
      )}
    </div>
  );
}
