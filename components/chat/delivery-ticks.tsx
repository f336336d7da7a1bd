'use client';

import { useTranslations } from 'next-intl';
import type { Delivery } from '@/lib/client/chat-state';

/** Clock while queued or sending, one tick when stored, two when delivered, two blue when read. */
export function DeliveryTicks({ delivery }: { delivery: Delivery }) {
  const t = useTranslations('chat.status');
  const label = t(delivery);
  return (
    <span className="inline-flex items-center" title={label}>
      <span className="sr-only">{label}</span>
      <svg
        aria-hidden
        viewBox="0 0 18 12"
        className={`h-3 w-[18px] ${colour(delivery)}`}
        fill="none"
        stroke="currentColor"
        strokeWidth="1.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {(delivery === 'sending' || delivery === 'queued') && (
          <>
            <circle cx="9" cy="6" r="4.6" />
            <path d="M9 3.6V6l1.6 1.2" />
          </>
        )}
        {delivery === 'failed' && <path d="M9 2.5v4.5M9 9.6v.1" strokeWidth="2" />}
        {delivery === 'sent' && <path d="M3.5 6.5l2.8 2.8L12.5 3" />}
        {(delivery === 'delivered' || delivery === 'read') && (
          <>
            <path d="M1 6.5l2.8 2.8L10 3" />
            <path d="M7.2 9.1l.2.2L13.6 3" />
          </>
        )}
      </svg>
    </span>
  );
}

function colour(delivery: Delivery): string {
  if (delivery === 'read') return 'text-sky-600';
  if (delivery === 'failed') return 'text-red-600';
  return 'text-slate-500';
}
