'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import { useLiveBusinessList } from '@/lib/client/use-live-business-list';
import { MAX_QUICK_REPLIES } from '@/lib/protocol/inbox.schema';
import { QuickReplyEditor } from './quick-reply-editor';
import { useFormError } from './use-form-error';

export function QuickRepliesManager() {
  const t = useTranslations('businessInbox.quickReplyForm');
  const describe = useFormError();
  const { items: quickReplies, loaded } = useLiveBusinessList('quickReplies');
  const [editing, setEditing] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  async function remove(quickReplyId: string) {
    setError(null);
    try {
      await request(getSocket('agent'), 'quick-reply:delete', { quickReplyId });
    } catch (failure) {
      setError(describe(failure));
    }
  }

  return (
    <div className="flex flex-col gap-6">
      <div>
        <h1 className="text-xl font-semibold">{t('heading')}</h1>
        <p className="mt-1 text-sm text-slate-700">{t('intro', { max: MAX_QUICK_REPLIES })}</p>
      </div>
      <section aria-labelledby="new-quick-reply" className="rounded-xl bg-white p-4 shadow-sm">
        <h2 id="new-quick-reply" className="mb-3 font-semibold">
          {t('new')}
        </h2>
        <QuickReplyEditor />
      </section>
      <section aria-labelledby="saved-quick-replies">
        <h2 id="saved-quick-replies" className="mb-2 font-semibold">
          {t('saved', { count: quickReplies.length, max: MAX_QUICK_REPLIES })}
        </h2>
        {error && (
          <p role="alert" className="mb-2 text-sm text-red-800">
            {error}
          </p>
        )}
        {loaded && quickReplies.length === 0 && (
          <p className="text-sm text-slate-700">{t('none')}</p>
        )}
        <ul className="flex flex-col gap-2">
          {quickReplies.map((reply) => (
            <li key={reply.id} className="rounded-xl bg-white p-3 shadow-sm">
              {editing === reply.id ? (
                <QuickReplyEditor existing={reply} onDone={() => setEditing(null)} />
              ) : (
                <div className="flex items-start gap-3">
                  <div className="min-w-0 flex-1">
                    <p className="text-brand-800 font-semibold">/{reply.shortcut}</p>
                    <p className="text-sm break-words whitespace-pre-wrap text-slate-800">
                      {reply.text}
                    </p>
                  </div>
                  <button
                    type="button"
                    onClick={() => setEditing(reply.id)}
                    aria-label={t('editNamed', { shortcut: reply.shortcut })}
                    className="text-brand-800 text-sm font-medium underline"
                  >
                    {t('edit')}
                  </button>
                  <button
                    type="button"
                    onClick={() => void remove(reply.id)}
                    aria-label={t('deleteNamed', { shortcut: reply.shortcut })}
                    className="text-sm font-medium text-red-800 underline"
                  >
                    {t('delete')}
                  </button>
                </div>
              )}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
