'use client';

import { lazy, Suspense, useId, useState } from 'react';
import { useLocale, useTranslations } from 'next-intl';
import type { BusinessProfile } from '@/lib/business/profile';
import { formatMoney } from '@/lib/i18n/money';
import type { Message } from '@/lib/protocol/chat.schema';
import type { Order } from '@/lib/protocol/commerce.schema';
import { ReceiptIcon } from '../ui/icons';
import { bubble } from './message-bubble';
import { MessageMeta } from './message-meta';

// Loaded when first opened: most chats never show a receipt in full.
const ReceiptDialog = lazy(() =>
  import('./receipt-dialog').then((m) => ({ default: m.ReceiptDialog })),
);

/**
 * The business's receipt for an order: the total, and the full receipt a tap away. In the business
 * inbox it is the agent's own side (`own`).
 */
export function ReceiptCard({
  message,
  order,
  business,
  own = false,
}: {
  message: Message;
  order: Order;
  business: BusinessProfile;
  own?: boolean;
}) {
  const t = useTranslations('receipt');
  const locale = useLocale();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  return (
    <article
      aria-labelledby={titleId}
      className={`${bubble} w-72 pt-2.5 ${own ? 'bg-bubble-mine self-end rounded-tr-sm' : 'self-start rounded-tl-sm bg-white'}`}
    >
      {!own && <span className="sr-only">{business.name}: </span>}
      <div className="flex items-center gap-3">
        <span className="bg-brand-50 text-brand-700 grid size-10 shrink-0 place-items-center rounded-full">
          <ReceiptIcon className="size-5" />
        </span>
        <div className="min-w-0">
          <h3 id={titleId} className="font-semibold text-slate-900">
            {t('cardTitle', { number: order.number })}
          </h3>
          <p className="text-sm text-slate-700 tabular-nums">
            {t('total')}: {formatMoney(order.total, order.currency, locale)}
          </p>
        </div>
      </div>
      <button
        type="button"
        onClick={() => setOpen(true)}
        className="border-brand-700 text-brand-800 focus-visible:outline-brand-700 hover:bg-brand-50 mt-3 w-full rounded-full border py-2 text-sm font-semibold focus-visible:outline-2 focus-visible:outline-offset-2"
      >
        {t('view')}
      </button>
      <MessageMeta createdAt={message.createdAt} delivery={null} />
      {open && (
        <Suspense fallback={null}>
          <ReceiptDialog
            business={business}
            order={order}
            issuedAt={message.createdAt}
            onClose={() => setOpen(false)}
          />
        </Suspense>
      )}
    </article>
  );
}
