'use client';

import { useLocale, useTranslations } from 'next-intl';
import type { Delivery, PendingMessage } from '@/lib/client/chat-state';
import { formatMoney } from '@/lib/i18n/money';
import type { Message } from '@/lib/protocol/chat.schema';
import { DeliveryTicks } from './delivery-ticks';

export function useTimeLabel() {
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    hour: '2-digit',
    minute: '2-digit',
  });
  return (iso: string) => format.format(new Date(iso));
}

export const bubble =
  'relative max-w-[85%] rounded-2xl px-3 pt-1.5 pb-1 text-[15px] leading-snug shadow-sm sm:max-w-[70%]';

export function MessageBubble({
  message,
  delivery,
  own,
  businessName,
}: {
  message: Message;
  delivery: Delivery | null;
  own: boolean;
  businessName: string;
}) {
  const t = useTranslations('chat');
  const automatic = useTranslations('businessSettings');
  const time = useTimeLabel();
  return (
    <div
      className={`${bubble} ${own ? 'bg-bubble-mine self-end rounded-tr-sm' : 'self-start rounded-tl-sm bg-white'}`}
    >
      <span className="sr-only">{own ? '' : `${businessName}: `}</span>
      {(message.kind === 'greeting' || message.kind === 'away') && (
        <span className="text-brand-700 mb-0.5 block text-xs font-medium">
          {message.kind === 'away' ? automatic('awayBadge') : t('greetingBadge')}
        </span>
      )}
      <p className="break-words whitespace-pre-wrap">{message.text}</p>
      <span className="float-right mt-0.5 ml-3 flex items-center gap-1 text-[11px] text-slate-600">
        <time dateTime={message.createdAt}>{time(message.createdAt)}</time>
        {delivery && <DeliveryTicks delivery={delivery} />}
      </span>
    </div>
  );
}

/**
 * The greeting a first visit is about to get, drawn from the page's HTML before the conversation
 * is open: the same bubble as the stored greeting will be, its time slot held empty meanwhile.
 */
export function GreetingPreviewBubble({
  text,
  businessName,
}: {
  text: string;
  businessName: string;
}) {
  const t = useTranslations('chat');
  return (
    <div className={`${bubble} self-start rounded-tl-sm bg-white`}>
      <span className="sr-only">{`${businessName}: `}</span>
      <span className="text-brand-700 mb-0.5 block text-xs font-medium">{t('greetingBadge')}</span>
      <p className="break-words whitespace-pre-wrap">{text}</p>
      <span aria-hidden className="invisible float-right mt-0.5 ml-3 text-[11px]">
        00:00
      </span>
    </div>
  );
}

export function PendingBubble({
  pending,
  offline = false,
  onRetry,
  onDiscard,
}: {
  pending: PendingMessage;
  /** No connection: the message waits in the outbox ("Queued") rather than being sent. */
  offline?: boolean;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}) {
  const t = useTranslations('chat');
  const queued = useTranslations('offline');
  const locale = useLocale();
  const time = useTimeLabel();
  const { order, reason } = pending;
  const why = reason && queued.has(`reasons.${reason}`) ? queued(`reasons.${reason}`) : null;
  return (
    <div className="flex flex-col items-end gap-1 self-end">
      <div
        className={`${bubble} bg-bubble-mine rounded-tr-sm ${pending.failed ? 'ring-2 ring-red-400' : ''}`}
      >
        {order ? (
          <>
            <p className="font-medium">
              {queued('queuedCart', {
                count: order.itemCount,
                total: formatMoney(order.subtotal, order.currency, locale),
              })}
            </p>
            <p className="text-xs text-slate-600">{queued('repriced')}</p>
          </>
        ) : (
          <p className="break-words whitespace-pre-wrap">{pending.text}</p>
        )}
        <span className="float-right mt-0.5 ml-3 flex items-center gap-1 text-[11px] text-slate-600">
          <time dateTime={pending.createdAt}>{time(pending.createdAt)}</time>
          <DeliveryTicks delivery={pending.failed ? 'failed' : offline ? 'queued' : 'sending'} />
        </span>
      </div>
      {pending.failed && (
        <div
          role="alert"
          className="flex max-w-[85%] flex-wrap items-center justify-end gap-x-2 text-xs text-red-800"
        >
          <span>{why ?? pending.error ?? t('notSent')}</span>
          <button
            type="button"
            onClick={() => onRetry(pending.clientId)}
            className="font-semibold underline"
          >
            {t('retry')}
          </button>
          <button
            type="button"
            onClick={() => onDiscard(pending.clientId)}
            className="font-semibold underline"
          >
            {t('delete')}
          </button>
        </div>
      )}
    </div>
  );
}
