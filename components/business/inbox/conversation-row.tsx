'use client';

import { useLocale, useTranslations } from 'next-intl';
import { currentLabels } from '@/lib/inbox/inbox-list';
import type { ConversationSummary, Message } from '@/lib/protocol/chat.schema';
import type { Label } from '@/lib/protocol/inbox.schema';
import { LabelChip } from './label-chip';
import { ReferralLine } from './referral-line';
import { useShopperName } from './shopper-name';

function usePreview() {
  const t = useTranslations('businessInbox');
  return (message: Message | null) => {
    if (!message) return '';
    const prefix = message.sender === 'business' ? t('youPrefix') : '';
    if (message.kind === 'order' && message.order)
      return prefix + t('orderPreview', { number: message.order.number });
    if (message.kind === 'receipt' && message.order)
      return prefix + t('receiptPreview', { number: message.order.number });
    return prefix + message.text;
  };
}

function useWhen() {
  const locale = useLocale() === 'id' ? 'id-ID' : 'en-GB';
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short' });
  return (iso: string) => {
    const at = new Date(iso);
    return at.toDateString() === new Date().toDateString() ? time.format(at) : date.format(at);
  };
}

export function ConversationRow({
  conversation,
  labels,
  selected,
  onSelect,
}: {
  conversation: ConversationSummary;
  labels: Label[];
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const t = useTranslations('businessInbox');
  const name = useShopperName()(conversation);
  const preview = usePreview()(conversation.lastMessage);
  const when = useWhen()(conversation.lastMessageAt);
  const shown = currentLabels(conversation.labels, labels);
  const unread = conversation.unreadCount;
  return (
    <li>
      <button
        type="button"
        aria-current={selected ? 'true' : undefined}
        onClick={() => onSelect(conversation.id)}
        className={`focus-visible:outline-brand-700 flex w-full flex-col gap-1 border-b border-slate-200 px-3 py-2.5 text-left focus-visible:outline-2 focus-visible:-outline-offset-2 ${
          selected ? 'bg-brand-50' : 'bg-white hover:bg-slate-50'
        }`}
      >
        <span className="flex items-baseline gap-2">
          <span className={`min-w-0 flex-1 truncate ${unread ? 'font-semibold' : 'font-medium'}`}>
            {name}
          </span>
          <time
            dateTime={conversation.lastMessageAt}
            className={`shrink-0 text-xs ${unread ? 'text-brand-800 font-semibold' : 'text-slate-600'}`}
          >
            {when}
          </time>
        </span>
        <span className="flex items-center gap-2">
          <span className="min-w-0 flex-1 truncate text-sm text-slate-700">{preview}</span>
          {conversation.pendingOrderCount > 0 && (
            <span className="shrink-0 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900 ring-1 ring-amber-300 ring-inset">
              {t('pendingOrders', { count: conversation.pendingOrderCount })}
            </span>
          )}
          {unread > 0 && (
            <span className="bg-brand-700 grid h-5 min-w-5 shrink-0 place-items-center rounded-full px-1.5 text-xs font-semibold text-white">
              <span className="sr-only">{t('unread', { count: unread })}</span>
              <span aria-hidden>{unread}</span>
            </span>
          )}
        </span>
        {conversation.referral && <ReferralLine referral={conversation.referral} />}
        {shown.length > 0 && (
          <span className="flex flex-wrap gap-1">
            {shown.map((label) => (
              <LabelChip key={label.id} label={label} />
            ))}
          </span>
        )}
      </button>
    </li>
  );
}
