'use client';

import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import type { ConversationSummary } from '@/lib/protocol/chat.schema';
import { MAX_SHOPPER_NAME_LENGTH } from '@/lib/protocol/inbox.schema';

/** The business's own name for the shopper: shown only in this inbox, never to the shopper. */
export function ShopperNameForm({
  conversationId,
  current,
  onDone,
}: {
  conversationId: string;
  current: string;
  onDone: (conversation?: ConversationSummary) => void;
}) {
  const t = useTranslations('businessInbox');
  const [name, setName] = useState(current);
  const [error, setError] = useState(false);

  async function save(event: FormEvent) {
    event.preventDefault();
    try {
      const { conversation } = await request(getSocket('agent'), 'conversation:rename', {
        conversationId,
        shopperName: name,
      });
      onDone(conversation);
    } catch {
      setError(true);
    }
  }

  return (
    <form onSubmit={save} className="flex min-w-0 flex-1 flex-wrap items-center gap-2">
      <input
        value={name}
        maxLength={MAX_SHOPPER_NAME_LENGTH}
        autoFocus
        aria-label={t('shopperNameLabel')}
        onChange={(event) => setName(event.target.value)}
        onKeyDown={(event) => event.key === 'Escape' && onDone()}
        className="focus-visible:outline-brand-700 min-w-0 flex-1 rounded-md border border-slate-300 px-2 py-1 text-sm focus-visible:outline-2"
      />
      <button
        type="submit"
        className="bg-brand-700 rounded-full px-3 py-1 text-sm font-semibold text-white"
      >
        {t('save')}
      </button>
      <button type="button" onClick={() => onDone()} className="text-sm font-medium text-slate-700">
        {t('cancel')}
      </button>
      {error && (
        <p role="alert" className="w-full text-sm text-red-800">
          {t('actionFailed')}
        </p>
      )}
    </form>
  );
}
