'use client';
// A business list the server always sends whole: loaded on every connect, replaced by its broadcast.
import { useEffect, useState } from 'react';
import type { ClientToServerEvents, ServerToClientEvents } from '../protocol/events';
import type { Label, QuickReply } from '../protocol/inbox.schema';
import { request } from './request';
import { getSocket } from './socket';

interface LiveBusinessLists {
  labels: Label[];
  quickReplies: QuickReply[];
}

type LiveBusinessListName = keyof LiveBusinessLists;

/** Each list's loading event and broadcast; both carry the list under the list's own name. */
const LIVE_BUSINESS_LISTS = {
  labels: { load: 'label:list', updated: 'labels:updated' },
  quickReplies: { load: 'quick-reply:list', updated: 'quick-replies:updated' },
} as const satisfies Record<
  LiveBusinessListName,
  { load: keyof ClientToServerEvents; updated: keyof ServerToClientEvents }
>;

/** The socket seen untyped, so one listener serves every list's broadcast. */
type ListenerSocket = {
  on(event: string, listener: (payload: unknown) => void): void;
  off(event: string, listener: (payload: unknown) => void): void;
};

export function useLiveBusinessList<N extends LiveBusinessListName>(name: N) {
  const [items, setItems] = useState([] as LiveBusinessLists[N]);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const socket = getSocket('agent');
    const { load: loadEvent, updated } = LIVE_BUSINESS_LISTS[name];
    const pick = (payload: unknown) => (payload as Pick<LiveBusinessLists, N>)[name];
    let cancelled = false;
    async function load() {
      try {
        const data = await request(socket, loadEvent, {});
        if (!cancelled) setItems(pick(data));
      } catch {
        // Left as it was; the next connect loads it again.
      } finally {
        if (!cancelled) setLoaded(true);
      }
    }
    function onUpdated(payload: unknown) {
      setItems(pick(payload));
    }
    const listener = socket as unknown as ListenerSocket;
    socket.on('connect', load);
    listener.on(updated, onUpdated);
    if (socket.connected) void load();
    else socket.connect();
    return () => {
      cancelled = true;
      socket.off('connect', load);
      listener.off(updated, onUpdated);
    };
  }, [name]);

  return { items, loaded };
}
