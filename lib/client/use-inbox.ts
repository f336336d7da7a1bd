'use client';
// The agent's conversation list: the first page on connect and on every filter change, more pages
// on demand, and live updates from conversation:updated.
import { useCallback, useEffect, useRef, useState } from 'react';
import { applyUpdate, compareByActivity, type InboxFilter } from '../inbox/inbox-list';
import type { ConversationSummary } from '../protocol/chat.schema';
import { request } from './request';
import { getSocket } from './socket';

const PAGE_SIZE = 30;

function filterPayload(filter: InboxFilter) {
  return {
    ...(filter.labelId && { labelId: filter.labelId }),
    ...(filter.unreadOnly && { unreadOnly: true }),
  };
}

export function useInbox(filter: InboxFilter) {
  const [conversations, setConversations] = useState<ConversationSummary[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loaded, setLoaded] = useState(false);
  const [failed, setFailed] = useState(false);
  const filterRef = useRef(filter);
  const { labelId, unreadOnly } = filter;

  useEffect(() => {
    const socket = getSocket('agent');
    const current: InboxFilter = { labelId, unreadOnly };
    filterRef.current = current;
    let cancelled = false;

    async function loadFirstPage() {
      try {
        const page = await request(socket, 'conversation:list', {
          limit: PAGE_SIZE,
          ...filterPayload(current),
        });
        if (cancelled) return;
        setConversations(page.conversations);
        setHasMore(page.conversations.length === PAGE_SIZE);
        setFailed(false);
      } catch {
        if (!cancelled) setFailed(true);
      } finally {
        if (!cancelled) setLoaded(true);
      }
    }
    function onUpdated({ conversation }: { conversation: ConversationSummary }) {
      setConversations((list) => applyUpdate(list, conversation, filterRef.current));
    }

    socket.on('connect', loadFirstPage);
    socket.on('conversation:updated', onUpdated);
    if (socket.connected) void loadFirstPage();
    else socket.connect();
    return () => {
      cancelled = true;
      socket.off('connect', loadFirstPage);
      socket.off('conversation:updated', onUpdated);
    };
  }, [labelId, unreadOnly]);

  const loadMore = useCallback(async () => {
    const last = conversations.at(-1);
    if (!last) return;
    const page = await request(getSocket('agent'), 'conversation:list', {
      limit: PAGE_SIZE,
      before: last.lastMessageAt,
      ...filterPayload(filterRef.current),
    });
    setConversations((list) => {
      const known = new Set(list.map((conversation) => conversation.id));
      const added = page.conversations.filter((conversation) => !known.has(conversation.id));
      return [...list, ...added].sort(compareByActivity);
    });
    setHasMore(page.conversations.length === PAGE_SIZE);
  }, [conversations]);

  /** Shows an ack's summary at once, without waiting for its broadcast. */
  const replace = useCallback((conversation: ConversationSummary) => {
    setConversations((list) => applyUpdate(list, conversation, filterRef.current));
  }, []);

  return { conversations, hasMore, loaded, failed, loadMore, replace };
}
