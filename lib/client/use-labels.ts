'use client';
// The business's labels, kept current by labels:updated.
import { useEffect, useState } from 'react';
import type { Label } from '../protocol/inbox.schema';
import { request } from './request';
import { getSocket } from './socket';

export function useLabels() {
  const [labels, setLabels] = useState<Label[]>([]);
  const [loaded, setLoaded] = useState(false);

  useEffect(() => {
    const socket = getSocket('agent');
    let cancelled = false;
    async function load() {
      try {
        const data = await request(socket, 'label:list', {});
        if (!cancelled) setLabels(data.labels);
      } catch {
        // Left as it was; the next connect loads it again.
      } finally {
        if (!cancelled) setLoaded(true);
      }
    }
    function onUpdated(payload: { labels: Label[] }) {
      setLabels(payload.labels);
    }
    socket.on('connect', load);
    socket.on('labels:updated', onUpdated);
    if (socket.connected) void load();
    else socket.connect();
    return () => {
      cancelled = true;
      socket.off('connect', load);
      socket.off('labels:updated', onUpdated);
    };
  }, []);

  return { labels, loaded, setLabels };
}
