'use client';

import { useTranslations } from 'next-intl';
import { Fragment, useLayoutEffect, useRef } from 'react';
import { LoadEarlierButton } from '@/components/chat/load-earlier-button';
import { MessageBubble, PendingBubble } from '@/components/chat/message-bubble';
import { OrderCard } from '@/components/chat/order-card';
import { ReceiptCard } from '@/components/chat/receipt-card';
import type { BusinessProfile } from '@/lib/business/profile';
import { deliveryOf, type ChatState } from '@/lib/client/chat-state';
import type { Message } from '@/lib/protocol/chat.schema';
import type { Referral } from '@/lib/protocol/referral.schema';
import { OrderActions } from './order-actions';
import { ReferralDetails } from './referral-line';

interface AgentMessageListProps {
  business: BusinessProfile;
  shopperName: string;
  state: ChatState;
  referrals: Referral[];
  onLoadEarlier: () => Promise<void>;
  onRetry: (clientId: string) => void;
  onDiscard: (clientId: string) => void;
}

/** The conversation from the business's side: the shopper on the left, the business on the right. */
export function AgentMessageList(props: AgentMessageListProps) {
  const { state } = props;
  const t = useTranslations('businessInbox');
  const scroller = useRef<HTMLDivElement>(null);
  const pinned = useRef(true);
  const count = state.messages.length + state.pending.length;
  const carriedBy = new Map(props.referrals.map((referral) => [referral.messageSeq, referral]));
  const waiting = props.referrals.filter((referral) => referral.messageSeq === null).at(-1);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (element && pinned.current) element.scrollTop = element.scrollHeight;
  }, [count, state.peerTyping]);

  return (
    <div
      ref={scroller}
      onScroll={(event) => {
        const element = event.currentTarget;
        pinned.current = element.scrollHeight - element.scrollTop - element.clientHeight < 80;
      }}
      className="bg-chat min-h-0 flex-1 overflow-y-auto overscroll-contain"
    >
      <div
        role="log"
        aria-label={t('conversationWith', { name: props.shopperName })}
        className="mx-auto flex w-full max-w-3xl flex-col gap-1 px-3 py-4 sm:px-6"
      >
        {state.hasEarlier && (
          <LoadEarlierButton
            load={() => {
              pinned.current = false;
              return props.onLoadEarlier();
            }}
          />
        )}
        {state.messages.map((message) => {
          const referral = carriedBy.get(message.seq);
          return (
            <Fragment key={message.id}>
              {referral && <ReferralDetails referral={referral} />}
              <StoredMessage message={message} {...props} />
            </Fragment>
          );
        })}
        {waiting && <ReferralDetails referral={waiting} />}
        {state.pending.map((pending) => (
          <PendingBubble
            key={pending.clientId}
            pending={pending}
            onRetry={props.onRetry}
            onDiscard={props.onDiscard}
          />
        ))}
        {state.peerTyping && (
          <p className="mt-1 self-start rounded-2xl rounded-tl-sm bg-white px-4 py-2 text-sm text-slate-600 shadow-sm">
            {t('shopperTyping', { name: props.shopperName })}
          </p>
        )}
      </div>
    </div>
  );
}

function StoredMessage({
  message,
  business,
  shopperName,
  state,
}: AgentMessageListProps & { message: Message }) {
  const delivery = deliveryOf(message, 'business', state.receipts);
  const own = message.sender === 'business';
  if (message.kind === 'order' && message.order)
    return (
      <OrderCard message={message} order={message.order} delivery={delivery} own={own}>
        <OrderActions order={message.order} />
      </OrderCard>
    );
  if (message.kind === 'receipt' && message.order)
    return <ReceiptCard message={message} order={message.order} business={business} own />;
  return (
    <MessageBubble message={message} delivery={delivery} own={own} businessName={shopperName} />
  );
}
