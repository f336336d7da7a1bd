'use client';

import Link from 'next/link';
import { useLocale, useTranslations } from 'next-intl';
import { useState } from 'react';
import { OrderStatusBadge } from '@/components/chat/order-status-badge';
import { formatMoney } from '@/lib/i18n/money';
import { shortShopperId } from '@/lib/inbox/inbox-list';
import type { OrderListItem } from '@/lib/protocol/commerce.schema';
import type { OrderAction } from './use-order-list';

interface OrderRowProps {
  order: OrderListItem;
  onAction: (event: OrderAction) => Promise<void>;
}

export function OrderRow({ order, onAction }: OrderRowProps) {
  const t = useTranslations('businessOrders');
  const locale = useLocale();
  const [busy, setBusy] = useState(false);

  const run = async (event: OrderAction) => {
    setBusy(true);
    await onAction(event);
    setBusy(false);
  };
  const actions: Array<{ event: OrderAction; label: string; primary: boolean }> =
    order.status === 'pending'
      ? [
          { event: 'order:accept', label: t('accept'), primary: true },
          { event: 'order:decline', label: t('decline'), primary: false },
        ]
      : order.status === 'accepted'
        ? [{ event: 'order:fulfill', label: t('fulfill'), primary: true }]
        : [];

  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-2 px-3 py-3 sm:px-4">
      <div className="min-w-0 flex-1 basis-48">
        <p className="flex flex-wrap items-center gap-2">
          <span className="font-semibold text-slate-900">
            {t('number', { number: order.number })}
          </span>
          <OrderStatusBadge status={order.status} />
        </p>
        <p className="mt-0.5 text-sm text-slate-600">
          <time dateTime={order.createdAt}>
            {/* The device's own clock, like every message time in the inbox beside it. */}
            {new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
              dateStyle: 'medium',
              timeStyle: 'short',
            }).format(new Date(order.createdAt))}
          </time>
        </p>
        <p className="text-sm text-slate-600">
          {order.shopperName ?? t('shopper', { id: shortShopperId(order.shopperId) })}
          {' · '}
          {t('items', { count: order.itemCount })}
        </p>
      </div>
      <p className="font-semibold text-slate-900 tabular-nums sm:w-32 sm:text-right">
        {formatMoney(order.total, order.currency, locale)}
      </p>
      <div className="flex w-full flex-wrap items-center gap-2 sm:w-auto sm:justify-end">
        {actions.map((action) => (
          <button
            key={action.event}
            type="button"
            disabled={busy}
            onClick={() => void run(action.event)}
            className={`focus-visible:outline-brand-700 rounded-lg px-3 py-1.5 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60 ${
              action.primary
                ? 'bg-brand-700 hover:bg-brand-800 text-white'
                : 'border border-slate-300 bg-white text-slate-800 hover:bg-slate-50'
            }`}
          >
            {action.label}
          </button>
        ))}
        <Link
          href={`/business?conversation=${order.conversationId}`}
          aria-label={t('openConversationLabel', { number: order.number })}
          className="text-brand-700 focus-visible:outline-brand-700 rounded-lg px-2 py-1.5 text-sm font-medium underline-offset-2 hover:underline focus-visible:outline-2"
        >
          {t('openConversation')}
        </Link>
      </div>
    </li>
  );
}
