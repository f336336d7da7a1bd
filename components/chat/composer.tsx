'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { MAX_MESSAGE_LENGTH } from '@/lib/protocol/limits';

interface ComposerProps {
  /** A draft to start from (a shared link's text): shown as plain text, sent only by the shopper. */
  initialText?: string;
  onSend: (text: string) => void;
  onTyping: (typing: boolean) => void;
}

export function Composer({ initialText = '', onSend, onTyping }: ComposerProps) {
  const t = useTranslations('chat');
  const [text, setText] = useState(initialText);
  const input = useRef<HTMLTextAreaElement>(null);
  const hintId = useId();
  const over = text.length - MAX_MESSAGE_LENGTH;
  const canSend = text.trim().length > 0 && over <= 0;

  function submit(event?: FormEvent) {
    event?.preventDefault();
    if (!canSend) return;
    onSend(text.trim());
    onTyping(false);
    setText('');
    input.current?.focus();
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  }

  return (
    <form
      onSubmit={submit}
      className="mx-auto flex w-full max-w-3xl items-end gap-2 px-2 pt-1 pb-[max(0.5rem,env(safe-area-inset-bottom))]"
    >
      <div className="flex min-w-0 flex-1 flex-col rounded-3xl bg-white px-4 py-2 shadow-sm">
        <textarea
          ref={input}
          value={text}
          rows={1}
          aria-label={t('messageLabel')}
          aria-describedby={hintId}
          aria-invalid={over > 0}
          placeholder={t('messagePlaceholder')}
          onChange={(event) => {
            setText(event.target.value);
            onTyping(event.target.value.length > 0);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => onTyping(false)}
          className="field-sizing-content max-h-40 min-h-6 w-full resize-none bg-transparent text-[15px] leading-6 outline-none placeholder:text-slate-500"
        />
        <span id={hintId} className={over > 0 ? 'text-xs text-red-700' : 'sr-only'}>
          {over > 0 ? t('tooLong', { count: over }) : t('newLineHint')}
        </span>
      </div>
      <button
        type="submit"
        disabled={!canSend}
        aria-label={t('send')}
        className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 disabled:bg-brand-700/60 grid size-12 shrink-0 place-items-center rounded-full text-white shadow-sm transition focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        <svg aria-hidden viewBox="0 0 24 24" className="size-5 translate-x-px" fill="currentColor">
          <path d="M3.4 20.4l17.45-7.48a1 1 0 000-1.84L3.4 3.6a.993.993 0 00-1.39.91L2 9.12c0 .5.37.93.87.99L17 12 2.87 13.88c-.5.07-.87.5-.87 1l.01 4.61c0 .71.73 1.2 1.39.91z" />
        </svg>
      </button>
    </form>
  );
}
