'use client';

import { useTranslations } from 'next-intl';
import type { OutboxEntry } from '@/lib/client/offline/outbox-entry';

interface CartFailuresProps {
  failures: OutboxEntry[];
  onRetry(id: string): void;
  onDelete(id: string): void;
}

/** Cart changes made offline that the server refused (a product since deleted, sold out…). */
export function CartFailures({ failures, onRetry, onDelete }: CartFailuresProps) {
  const t = useTranslations('offline');
  if (!failures.length) return null;
  return (
    <section
      role="alert"
      aria-label={t('changesFailed')}
      className="mx-4 mt-3 rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900"
    >
      <h3 className="font-semibold">{t('changesFailed')}</h3>
      <ul className="mt-1 space-y-2">
        {failures.map((entry) => {
          const { operation, failure } = entry;
          if (operation.kind === 'message' || operation.kind === 'cart-send') return null;
          const code = failure?.code ?? 'other';
          const reason = t.has(`reasons.${code}`) ? t(`reasons.${code}`) : t('reasons.other');
          const change = t('changeFailed', {
            kind: operation.kind.slice('cart-'.length),
            name: operation.name,
            reason,
          });
          return (
            <li key={entry.id} className="flex flex-wrap items-center gap-x-3 gap-y-1">
              <span className="min-w-0 flex-1">{change}</span>
              <button
                type="button"
                onClick={() => onRetry(entry.id)}
                aria-label={t('retryLabel', { change })}
                className="font-semibold underline"
              >
                {t('retryChange')}
              </button>
              <button
                type="button"
                onClick={() => onDelete(entry.id)}
                aria-label={t('deleteLabel', { change })}
                className="font-semibold underline"
              >
                {t('deleteChange')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
