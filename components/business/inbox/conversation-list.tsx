'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { InboxFilter } from '@/lib/inbox/inbox-list';
import type { ConversationSummary } from '@/lib/protocol/chat.schema';
import type { Label } from '@/lib/protocol/inbox.schema';
import { ConversationRow } from './conversation-row';
import { InboxFilters } from './inbox-filters';

interface ConversationListProps {
  conversations: ConversationSummary[];
  labels: Label[];
  filter: InboxFilter;
  onFilterChange: (filter: InboxFilter) => void;
  loaded: boolean;
  failed: boolean;
  hasMore: boolean;
  onLoadMore: () => Promise<void>;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

export function ConversationList(props: ConversationListProps) {
  const t = useTranslations('businessInbox');
  const [loadingMore, setLoadingMore] = useState(false);
  const filtered = props.filter.labelId !== null || props.filter.unreadOnly;
  return (
    <section aria-labelledby="inbox-heading" className="flex min-h-0 flex-1 flex-col">
      <h1 id="inbox-heading" className="sr-only">
        {t('title')}
      </h1>
      <InboxFilters filter={props.filter} labels={props.labels} onChange={props.onFilterChange} />
      <div className="min-h-0 flex-1 overflow-y-auto" aria-busy={!props.loaded}>
        {props.failed && <p className="p-4 text-sm text-red-800">{t('loadFailed')}</p>}
        {props.loaded && !props.failed && props.conversations.length === 0 && (
          <p className="p-4 text-sm text-slate-700">{filtered ? t('noMatches') : t('empty')}</p>
        )}
        <ul aria-label={t('conversations')}>
          {props.conversations.map((conversation) => (
            <ConversationRow
              key={conversation.id}
              conversation={conversation}
              labels={props.labels}
              selected={conversation.id === props.selectedId}
              onSelect={props.onSelect}
            />
          ))}
        </ul>
        {props.hasMore && (
          <button
            type="button"
            disabled={loadingMore}
            onClick={() => {
              setLoadingMore(true);
              props.onLoadMore().finally(() => setLoadingMore(false));
            }}
            className="text-brand-800 hover:bg-brand-50 w-full py-3 text-sm font-semibold"
          >
            {loadingMore ? t('loading') : t('loadMore')}
          </button>
        )}
      </div>
    </section>
  );
}
