'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import { formatMoney } from '@/lib/i18n/money';
import type { Cart } from '@/lib/protocol/commerce.schema';
import { MAX_NOTE_LENGTH } from '@/lib/protocol/limits';
import { useRequestErrorMessage } from './use-request-error';

interface CartSummaryProps {
  cart: Cart;
  send(note?: string): Promise<void>;
  onSent: () => void;
}

/** Under the lines: the note, the subtotal and "Send cart". */
export function CartSummary({ cart, send, onSent }: CartSummaryProps) {
  const t = useTranslations('cart');
  const locale = useLocale();
  const errorMessage = useRequestErrorMessage();
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const noteId = useId();
  const counterId = useId();
  const reasonId = useId();
  const unavailable = cart.items.some((item) => !item.available);
  const blocked = cart.items.length === 0 || unavailable;

  async function sendCart() {
    if (sending) return;
    setSending(true);
    setError(null);
    try {
      await send(note.trim() || undefined);
      setNote('');
      onSent();
    } catch (caught) {
      setError(errorMessage(caught));
    } finally {
      setSending(false);
    }
  }

  return (
    <div className="shrink-0 border-t border-slate-200 bg-white px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))]">
      <div className="flex items-baseline justify-between gap-2">
        <label htmlFor={noteId} className="text-sm font-medium text-slate-800">
          {t('note')}
        </label>
        <span
          aria-hidden
          className={`text-xs tabular-nums ${note.length >= MAX_NOTE_LENGTH ? 'text-red-700' : 'text-slate-600'}`}
        >
          {note.length}/{MAX_NOTE_LENGTH}
        </span>
      </div>
      <textarea
        id={noteId}
        value={note}
        rows={2}
        maxLength={MAX_NOTE_LENGTH}
        aria-describedby={counterId}
        placeholder={t('notePlaceholder')}
        onChange={(event) => setNote(event.target.value)}
        className="focus:border-brand-600 focus:ring-brand-600 mt-1 block [field-sizing:content] max-h-32 w-full resize-none rounded-lg border border-slate-300 px-3 py-2 text-[15px] outline-none placeholder:text-slate-500 focus:ring-1"
      />
      <p id={counterId} className="sr-only">
        {t('noteCount', { count: note.length, max: MAX_NOTE_LENGTH })}
      </p>
      <div className="mt-3 flex items-baseline justify-between">
        <span className="text-slate-700">{t('subtotal')}</span>
        <span className="text-lg font-semibold tabular-nums">
          {formatMoney(cart.subtotal, cart.currency, locale)}
        </span>
      </div>
      {error && (
        <p role="alert" className="mt-2 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <button
        type="button"
        disabled={blocked}
        // Not disabled while sending: a disabled button would drop the keyboard focus.
        aria-disabled={sending}
        aria-busy={sending}
        aria-describedby={unavailable ? reasonId : undefined}
        onClick={() => void sendCart()}
        className="bg-brand-700 hover:bg-brand-800 focus-visible:outline-brand-700 mt-3 h-11 w-full rounded-full text-[15px] font-semibold text-white shadow-sm transition focus-visible:outline-2 focus-visible:outline-offset-2 disabled:bg-slate-300 disabled:text-slate-700 disabled:shadow-none aria-disabled:opacity-80"
      >
        {t('send')}
      </button>
      <p
        id={reasonId}
        className={`mt-2 text-center text-xs ${unavailable ? 'text-red-700' : 'text-slate-600'}`}
      >
        {unavailable ? t('unavailableReason') : t('sendHint')}
      </p>
    </div>
  );
}
