'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Fragment, lazy, Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import type { BusinessProfile } from '@/lib/business/profile';
import { deliveryOf, type ChatState } from '@/lib/client/chat-state';
import type { Message } from '@/lib/protocol/chat.schema';
import { LoadEarlierButton } from './load-earlier-button';
import { GreetingPreviewBubble, MessageBubble, PendingBubble } from './message-bubble';

// Order and receipt cards load when a conversation first shows one: a new chat has neither.
const OrderCard = lazy(() => import('./order-card').then((m) => ({ default: m.OrderCard })));
const ReceiptCard = lazy(() => import('./receipt-card').then((m) => ({ default: m.ReceiptCard })));

interface MessageListProps {
  business: BusinessProfile;
  state: ChatState;
  loaded: boolean;
  /** A first visit's greeting, shown until the conversation is open (see lib/chat/greeting-preview). */
  greetingPreview?: string | null;
  /** No connection: the shopper's unsent messages show as queued. */
  offline: boolean;
  onLoadEarlier: () => Promise<void>;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}

function dayKey(iso: string): string {
  const date = new Date(iso);
  return `${date.getFullYear()}-${date.getMonth()}-${date.getDate()}`;
}

function useDayLabel() {
  const t = useTranslations('chat');
  const locale = useLocale();
  const format = new Intl.DateTimeFormat(locale === 'id' ? 'id-ID' : 'en-GB', {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  });
  return (iso: string) => {
    const now = new Date();
    const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1).toISOString();
    if (dayKey(iso) === dayKey(now.toISOString())) return t('today');
    if (dayKey(iso) === dayKey(yesterday)) return t('yesterday');
    return format.format(new Date(iso));
  };
}

export function MessageList({
  business,
  state,
  loaded,
  greetingPreview = null,
  offline,
  onLoadEarlier,
  onRetry,
  onDiscard,
}: MessageListProps) {
  const t = useTranslations('chat');
  const businessName = business.name;
  const dayLabel = useDayLabel();
  const scroller = useRef<HTMLDivElement>(null);
  const pinnedToBottom = useRef(true);
  const count = state.messages.length + state.pending.length;

  // Follow new messages while the shopper is at the bottom; leave them be when reading back.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && pinnedToBottom.current) element.scrollTop = element.scrollHeight;
  }, [count, state.peerTyping]);

  useEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const onScroll = () => {
      pinnedToBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 80;
    };
    element.addEventListener('scroll', onScroll, { passive: true });
    // A side panel opening, or the keyboard, changes the size: stay at the bottom if there before.
    const onResize = new ResizeObserver(() => {
      if (pinnedToBottom.current) element.scrollTop = element.scrollHeight;
    });
    onResize.observe(element);
    if (element.firstElementChild) onResize.observe(element.firstElementChild);
    return () => {
      element.removeEventListener('scroll', onScroll);
      onResize.disconnect();
    };
  }, []);

  const entries = [
    ...state.messages.map((message) => ({
      key: message.id,
      at: message.createdAt,
      message,
      pending: null,
    })),
    ...state.pending.map((pending) => ({
      key: pending.clientId,
      at: pending.createdAt,
      message: null,
      pending,
    })),
  ];

  return (
    // Focusable, so the history can be scrolled from the keyboard when nothing in it takes focus.
    <div
      ref={scroller}
      tabIndex={0}
      className="focus-visible:outline-brand-700 min-h-0 flex-1 overflow-y-auto overscroll-contain focus-visible:outline-2 focus-visible:-outline-offset-2"
    >
      <div
        role="log"
        aria-label={t('conversationLog', { name: businessName })}
        aria-busy={!loaded}
        className="mx-auto flex w-full max-w-3xl flex-col gap-1 px-3 py-4 sm:px-6"
      >
        {state.hasEarlier && (
          <LoadEarlierButton
            load={() => {
              pinnedToBottom.current = false;
              return onLoadEarlier();
            }}
          />
        )}
        {!loaded && greetingPreview && entries.length === 0 ? (
          <>
            <p className="sticky top-2 z-10 mx-auto my-2 rounded-lg bg-white/95 px-3 py-1 text-xs font-medium text-slate-700 shadow-sm">
              {t('today')}
            </p>
            <GreetingPreviewBubble text={greetingPreview} businessName={businessName} />
          </>
        ) : (
          !loaded && (
            <p className="mx-auto rounded-full bg-white/80 px-4 py-1.5 text-sm text-slate-600">
              {t('loading')}
            </p>
          )
        )}
        {entries.map((entry, index) => {
          const previous = entries[index - 1];
          const newDay = !previous || dayKey(previous.at) !== dayKey(entry.at);
          return (
            <Fragment key={entry.key}>
              {newDay && (
                <p className="sticky top-2 z-10 mx-auto my-2 rounded-lg bg-white/95 px-3 py-1 text-xs font-medium text-slate-700 shadow-sm">
                  {dayLabel(entry.at)}
                </p>
              )}
              {entry.message ? (
                <StoredMessage message={entry.message} business={business} state={state} />
              ) : (
                entry.pending && (
                  <PendingBubble
                    pending={entry.pending}
                    offline={offline}
                    onRetry={onRetry}
                    onDiscard={onDiscard}
                  />
                )
              )}
            </Fragment>
          );
        })}
        {state.peerTyping && (
          <p className="mt-1 self-start rounded-2xl rounded-tl-sm bg-white px-4 py-2 text-sm text-slate-600 shadow-sm">
            <span className="sr-only">{businessName} </span>
            {t('typing')}
          </p>
        )}
      </div>
    </div>
  );
}

/** A stored message as its kind asks: a bubble of text, an order card or a receipt card. */
function StoredMessage({
  message,
  business,
  state,
}: {
  message: Message;
  business: BusinessProfile;
  state: ChatState;
}) {
  const delivery = deliveryOf(message, 'shopper', state.receipts);
  if (message.kind === 'order' && message.order)
    return (
      <Suspense fallback={null}>
        <OrderCard message={message} order={message.order} delivery={delivery} />
      </Suspense>
    );
  if (message.kind === 'receipt' && message.order)
    return (
      <Suspense fallback={null}>
        <ReceiptCard message={message} order={message.order} business={business} />
      </Suspense>
    );
  return (
    <MessageBubble
      message={message}
      delivery={delivery}
      own={message.sender === 'shopper'}
      businessName={business.name}
    />
  );
}
