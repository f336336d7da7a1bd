'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import {
  MAX_QUICK_REPLY_LENGTH,
  MAX_SHORTCUT_LENGTH,
  type QuickReply,
} from '@/lib/protocol/inbox.schema';
import { ItemEditorForm } from './item-editor-form';

const field =
  'focus-visible:outline-brand-700 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm focus-visible:outline-2';

/** Creates a quick reply, or edits `existing`. */
export function QuickReplyEditor({
  existing,
  onDone,
}: {
  existing?: QuickReply;
  onDone?: () => void;
}) {
  const t = useTranslations('businessInbox.quickReplyForm');
  const [shortcut, setShortcut] = useState(existing?.shortcut ?? '');
  const [text, setText] = useState(existing?.text ?? '');
  const shortcutId = useId();
  const textId = useId();

  async function save() {
    const socket = getSocket('agent');
    if (existing)
      await request(socket, 'quick-reply:update', { quickReplyId: existing.id, shortcut, text });
    else await request(socket, 'quick-reply:create', { shortcut, text });
    if (!existing) {
      setShortcut('');
      setText('');
    }
  }

  return (
    <ItemEditorForm
      save={save}
      editing={Boolean(existing)}
      onDone={onDone}
      texts={{ add: t('add'), save: t('save'), cancel: t('cancel') }}
    >
      <div>
        <label htmlFor={shortcutId} className="text-sm font-medium text-slate-800">
          {t('shortcut')}
        </label>
        <div className="mt-1 flex items-center gap-1">
          <span aria-hidden className="text-slate-600">
            /
          </span>
          <input
            id={shortcutId}
            value={shortcut}
            required
            maxLength={MAX_SHORTCUT_LENGTH}
            pattern="[A-Za-z0-9_\-]+"
            onChange={(event) => setShortcut(event.target.value)}
            className={field}
          />
        </div>
        <p className="mt-1 text-xs text-slate-600">{t('shortcutHint')}</p>
      </div>
      <div>
        <label htmlFor={textId} className="text-sm font-medium text-slate-800">
          {t('text')}
        </label>
        <textarea
          id={textId}
          value={text}
          required
          rows={3}
          maxLength={MAX_QUICK_REPLY_LENGTH}
          onChange={(event) => setText(event.target.value)}
          className={`${field} mt-1`}
        />
        <p className="mt-1 text-xs text-slate-600">
          {t('characters', { count: text.length, max: MAX_QUICK_REPLY_LENGTH })}
        </p>
      </div>
    </ItemEditorForm>
  );
}
