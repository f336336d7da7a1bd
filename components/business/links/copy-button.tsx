'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { secondaryButton } from '../catalog/buttons';

/** Copies `text`, and says so (or that it could not) in a live region screen readers announce. */
export function CopyButton({ text, label }: { text: string; label?: string }) {
  const t = useTranslations('businessLinks.result');
  const [status, setStatus] = useState<'copied' | 'failed' | null>(null);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('copied');
    } catch {
      setStatus('failed');
    }
  }

  return (
    <span className="inline-flex items-center gap-2">
      <button
        type="button"
        onClick={() => void copy()}
        aria-label={label}
        className={secondaryButton}
      >
        {t('copy')}
      </button>
      <span
        aria-live="polite"
        className={`text-sm font-medium ${status === 'failed' ? 'text-red-700' : 'text-brand-800'}`}
      >
        {status && t(status)}
      </span>
    </span>
  );
}
