'use client';

import { useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { CloseIcon } from '../ui/icons';

interface InAppHintProps {
  onDismiss: () => void;
  /** A thin bar under the chat's header instead of a card. */
  compact?: boolean;
}

/** Facebook's and Instagram's in-app browsers cannot install apps: point to a real browser. */
export function InAppHint({ onDismiss, compact = false }: InAppHintProps) {
  const t = useTranslations('pwa');
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [link] = useState(shareableLink);
  const [copied, setCopied] = useState(false);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // Some in-app browsers block the clipboard API: select the text for a long-press copy.
      input.current?.select();
      return;
    }
    setCopied(true);
  }

  return (
    <section
      aria-labelledby={titleId}
      className={
        compact
          ? 'relative flex flex-col gap-1.5 border-b border-amber-200 bg-amber-50 py-2 pr-11 pl-3 text-sm text-amber-950'
          : 'relative flex flex-col gap-2 rounded-2xl border border-amber-200 bg-amber-50 p-4 pr-12 text-amber-950'
      }
    >
      <h2 id={titleId} className="font-semibold">
        {t('inAppHint')}
      </h2>
      {!compact && <p className="text-sm">{t('inAppHintBody')}</p>}
      <div className="flex items-center gap-2">
        <input
          ref={input}
          readOnly
          value={link}
          aria-label={t('inAppLink')}
          onFocus={(event) => event.currentTarget.select()}
          className="min-w-0 flex-1 rounded-lg border border-amber-300 bg-white px-2 py-1.5 text-sm text-slate-800"
        />
        <button
          type="button"
          onClick={() => void copy()}
          className="shrink-0 rounded-full bg-amber-900 px-3 py-1.5 text-sm font-semibold text-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-amber-900"
        >
          <span aria-live="polite">{copied ? t('copied') : t('copyLink')}</span>
        </button>
      </div>
      <button
        type="button"
        onClick={onDismiss}
        aria-label={t('close')}
        className={`absolute right-1 grid size-10 place-items-center rounded-full hover:bg-amber-100 focus-visible:outline-2 focus-visible:outline-amber-900 ${compact ? 'top-0' : 'top-2'}`}
      >
        <CloseIcon className="size-5" />
      </button>
    </section>
  );
}

/** This page's address without the click ids the apps append (fbclid, igshid). */
function shareableLink(): string {
  const url = new URL(window.location.href);
  for (const parameter of ['fbclid', 'igshid', 'igsh']) url.searchParams.delete(parameter);
  return url.toString();
}
