'use client';

import { useId, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import type { Delivery } from '@/lib/client/chat-state';
import type { Message } from '@/lib/protocol/chat.schema';
import type { Order } from '@/lib/protocol/commerce.schema';
import { bubble } from './message-bubble';
import { MessageMeta } from './message-meta';
import { OrderLines } from './order-lines';
import { OrderStatusBadge } from './order-status-badge';

/**
 * The shopper's sent cart in the chat: what was ordered, and where the order stands now. In the
 * business inbox it sits on the other side (`own` false) with the agent's buttons as `children`.
 */
export function OrderCard({
  message,
  order,
  delivery,
  own = true,
  children,
}: {
  message: Message;
  order: Order;
  delivery: Delivery | null;
  own?: boolean;
  children?: ReactNode;
}) {
  const t = useTranslations('order');
  const titleId = useId();
  const count = order.items.reduce((sum, item) => sum + item.quantity, 0);
  return (
    <article
      aria-labelledby={titleId}
      className={`${bubble} w-80 pt-2.5 ${own ? 'bg-bubble-mine self-end rounded-tr-sm' : 'self-start rounded-tl-sm bg-white'}`}
    >
      <div className="flex items-start justify-between gap-2">
        <div className="min-w-0">
          <h3 id={titleId} className="font-semibold text-slate-900">
            {t('title', { number: order.number })}
          </h3>
          <p className="text-xs text-slate-700">{t('itemCount', { count })}</p>
        </div>
        <OrderStatusBadge status={order.status} />
      </div>
      {order.status === 'declined' && order.declineReason && (
        <p className="mt-2 rounded-md bg-white/70 px-2 py-1 text-sm text-red-900">
          {t('declineReason', { reason: order.declineReason })}
        </p>
      )}
      <OrderLines order={order} />
      {order.note && (
        <p className="mt-2 rounded-md bg-white/60 px-2 py-1.5 text-sm break-words whitespace-pre-wrap text-slate-800">
          <span className="font-medium">{t('note')}: </span>
          {order.note}
        </p>
      )}
      {children}
      <MessageMeta createdAt={message.createdAt} delivery={delivery} />
    </article>
  );
}
