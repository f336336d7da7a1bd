'use client';

import type { Delivery } from '@/lib/client/chat-state';
import { DeliveryTicks } from './delivery-ticks';
import { useTimeLabel } from './message-bubble';

/** The time and, on the shopper's own messages, the ticks: bottom right of a card. */
export function MessageMeta({
  createdAt,
  delivery,
}: {
  createdAt: string;
  delivery: Delivery | null;
}) {
  const time = useTimeLabel();
  return (
    <span className="mt-1 flex items-center justify-end gap-1 text-[11px] text-slate-600">
      <time dateTime={createdAt}>{time(createdAt)}</time>
      {delivery && <DeliveryTicks delivery={delivery} />}
    </span>
  );
}
