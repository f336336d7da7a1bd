'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { BusinessProfile } from '@/lib/business/profile';
import { noFilter, type InboxFilter } from '@/lib/inbox/inbox-list';
import { useInbox } from '@/lib/client/use-inbox';
import { useLiveBusinessList } from '@/lib/client/use-live-business-list';
import { ConversationList } from './conversation-list';
import { ConversationView } from './conversation-view';

/** List and conversation side by side on wide screens; one then the other on a phone. */
export function InboxScreen({
  business,
  initialConversationId,
}: {
  business: BusinessProfile;
  /** From /business?conversation=<id>, the link the orders view gives each order. */
  initialConversationId: string | null;
}) {
  const t = useTranslations('businessInbox');
  const [filter, setFilter] = useState<InboxFilter>(noFilter);
  const [selectedId, setSelected] = useState<string | null>(initialConversationId);
  // The open conversation lives in the address too, so a reload or a shared link keeps it.
  const setSelectedId = (id: string | null) => {
    setSelected(id);
    const url = new URL(window.location.href);
    if (id) url.searchParams.set('conversation', id);
    else url.searchParams.delete('conversation');
    window.history.replaceState(window.history.state, '', url);
  };
  const inbox = useInbox(filter);
  const { items: labels } = useLiveBusinessList('labels');
  const { items: quickReplies } = useLiveBusinessList('quickReplies');
  const selected = inbox.conversations.find((conversation) => conversation.id === selectedId);

  return (
    <div className="flex h-full min-h-0">
      <div
        className={`min-h-0 w-full flex-col border-r border-slate-200 bg-white md:flex md:w-80 lg:w-96 ${
          selectedId ? 'hidden' : 'flex'
        }`}
      >
        <ConversationList
          conversations={inbox.conversations}
          labels={labels}
          filter={filter}
          onFilterChange={setFilter}
          loaded={inbox.loaded}
          failed={inbox.failed}
          hasMore={inbox.hasMore}
          onLoadMore={inbox.loadMore}
          selectedId={selectedId}
          onSelect={setSelectedId}
        />
      </div>
      <div className={`min-h-0 min-w-0 flex-1 flex-col ${selectedId ? 'flex' : 'hidden md:flex'}`}>
        {selectedId ? (
          <ConversationView
            key={selectedId}
            conversationId={selectedId}
            summary={selected}
            business={business}
            labels={labels}
            quickReplies={quickReplies}
            onBack={() => setSelectedId(null)}
            onSummary={inbox.replace}
          />
        ) : (
          <p className="bg-chat grid flex-1 place-items-center p-6 text-center text-slate-700">
            {t('pickConversation')}
          </p>
        )}
      </div>
    </div>
  );
}
