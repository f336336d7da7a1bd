'use client';

import { useTranslations } from 'next-intl';
import type { QuickReply } from '@/lib/protocol/inbox.schema';

/** The quick replies matching "/…" in the composer; the textbox keeps focus and drives the choice. */
export function QuickReplyOptions({
  id,
  matches,
  selectedId,
  onChoose,
}: {
  id: string;
  matches: QuickReply[];
  selectedId: string | null;
  onChoose: (reply: QuickReply) => void;
}) {
  const t = useTranslations('businessInbox');
  return (
    <ul
      id={id}
      role="listbox"
      aria-label={t('quickReplies')}
      className="absolute inset-x-2 bottom-full z-20 mb-1 max-h-64 overflow-y-auto rounded-xl border border-slate-200 bg-white py-1 shadow-lg"
    >
      {matches.map((reply) => (
        <li
          key={reply.id}
          id={`${id}-${reply.id}`}
          role="option"
          aria-selected={reply.id === selectedId}
          // Keep the caret in the textbox: choose on mouse down, before it would lose focus.
          onMouseDown={(event) => {
            event.preventDefault();
            onChoose(reply);
          }}
          className={`cursor-pointer px-3 py-2 ${reply.id === selectedId ? 'bg-brand-50' : 'hover:bg-slate-50'}`}
        >
          <span className="text-brand-800 block text-sm font-semibold">/{reply.shortcut}</span>
          <span className="block truncate text-sm text-slate-700">{reply.text}</span>
        </li>
      ))}
    </ul>
  );
}
