'use client';
// The business's quick replies, kept current by quick-replies:updated.
import { useEffect, useState } from 'react';
import type { QuickReply } from '../protocol/inbox.schema';
import { request } from './request';
import { getSocket } from './socket';

export function useQuickReplies() {
  const [quickReplies, setQuickReplies] = useState<QuickReply[]>([]);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const socket = getSocket('agent');
    let cancelled = false;
    async function load() {
      try {
        const data = await request(socket, 'quick-reply:list', {});
        if (!cancelled) setQuickReplies(data.quickReplies);
      } catch {
        // Left as it was; the next connect loads it again.
      } finally {
        if (!cancelled) setLoaded(true);
      }
    }
    function onUpdated(payload: { quickReplies: QuickReply[] }) {
      setQuickReplies(payload.quickReplies);
    }
    socket.on('connect', load);
    socket.on('quick-replies:updated', onUpdated);
    if (socket.connected) void load();
    else socket.connect();
    return () => {
      cancelled = true;
      socket.off('connect', load);
      socket.off('quick-replies:updated', onUpdated);
    };
  }, []);

  return { quickReplies, loaded, setQuickReplies };
}
