'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { insertQuickReply, matchQuickReplies, shortcutQuery } from '@/lib/inbox/quick-reply-match';
import type { QuickReply } from '@/lib/protocol/inbox.schema';
import { MAX_MESSAGE_LENGTH } from '@/lib/protocol/limits';
import { QuickReplyOptions } from './quick-reply-options';

interface AgentComposerProps {
  quickReplies: QuickReply[];
  onSend: (text: string) => void;
  onTyping: (typing: boolean) => void;
}

/** The agent's composer: Enter sends, Shift+Enter breaks the line, "/" offers quick replies. */
export function AgentComposer({ quickReplies, onSend, onTyping }: AgentComposerProps) {
  const t = useTranslations('businessInbox');
  const [text, setText] = useState('');
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<string | null>(null);
  const input = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const hintId = useId();

  const query = shortcutQuery(text, caret);
  const matches = query === null ? [] : matchQuickReplies(quickReplies, query);
  const open = matches.length > 0 && dismissed !== `${caret}:${text}`;
  const selected = open ? (matches[Math.min(active, matches.length - 1)] ?? null) : null;
  const over = text.length - MAX_MESSAGE_LENGTH;
  const canSend = text.trim().length > 0 && over <= 0;

  function change(next: string, nextCaret: number) {
    setText(next);
    setCaret(nextCaret);
    setActive(0);
  }

  function choose(reply: QuickReply) {
    if (query === null) return;
    const next = insertQuickReply(text, caret, query, reply.text);
    change(next.text, next.caret);
    onTyping(true);
    requestAnimationFrame(() => {
      input.current?.focus();
      input.current?.setSelectionRange(next.caret, next.caret);
    });
  }

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!canSend) return;
    onSend(text.trim());
    onTyping(false);
    change('', 0);
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.nativeEvent.isComposing) return;
    if (open && selected) {
      const step = { ArrowDown: 1, ArrowUp: -1 }[event.key];
      if (step) {
        event.preventDefault();
        setActive((matches.indexOf(selected) + step + matches.length) % matches.length);
        return;
      }
      if (event.key === 'Enter' || event.key === 'Tab') {
        event.preventDefault();
        choose(selected);
        return;
      }
      if (event.key === 'Escape') {
        event.preventDefault();
        setDismissed(`${caret}:${text}`);
        return;
      }
    }
    if (event.key === 'Enter' && !event.shiftKey) submit(event);
  }

  return (
    <form
      onSubmit={submit}
      className="relative mx-auto flex w-full max-w-3xl items-end gap-2 px-2 pt-1 pb-[max(0.5rem,env(safe-area-inset-bottom))]"
    >
      {open && (
        <QuickReplyOptions
          id={listId}
          matches={matches}
          selectedId={selected?.id ?? null}
          onChoose={choose}
        />
      )}
      <div className="flex min-w-0 flex-1 flex-col rounded-3xl bg-white px-4 py-2 shadow-sm">
        {/* A textbox "Message", as on the shopper's side; the quick replies it offers are named
            by aria-controls and aria-activedescendant, which a textbox may carry. */}
        <textarea
          ref={input}
          value={text}
          rows={1}
          aria-label={t('messageLabel')}
          aria-describedby={hintId}
          aria-controls={open ? listId : undefined}
          aria-autocomplete="list"
          aria-activedescendant={selected ? `${listId}-${selected.id}` : undefined}
          aria-invalid={over > 0}
          placeholder={t('messagePlaceholder')}
          onChange={(event) => {
            change(event.target.value, event.target.selectionStart);
            onTyping(event.target.value.length > 0);
          }}
          onSelect={(event) => setCaret(event.currentTarget.selectionStart)}
          onKeyDown={onKeyDown}
          onBlur={() => onTyping(false)}
          className="field-sizing-content max-h-40 min-h-6 w-full resize-none bg-transparent text-[15px] leading-6 outline-none placeholder:text-slate-500"
        />
        <span id={hintId} className={over > 0 ? 'text-xs text-red-700' : 'sr-only'}>
          {over > 0 ? t('tooLong', { count: over }) : t('composerHint')}
        </span>
      </div>
      <button
        type="submit"
        disabled={!canSend}
        className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 disabled:bg-brand-700/60 h-12 shrink-0 rounded-full px-5 font-semibold text-white shadow-sm focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        {t('send')}
      </button>
    </form>
  );
}
