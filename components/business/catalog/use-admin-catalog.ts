'use client';
// The business's whole catalog for the management page, kept in step with other agents' changes
// by catalog:updated (a signal: the list is fetched again when its version is newer).
import { useCallback, useEffect, useRef, useState } from 'react';
import { request } from '@/lib/client/request';
import { getSocket } from '@/lib/client/socket';
import type { AdminCatalog, CatalogUpdated } from '@/lib/protocol/catalog-admin.schema';
import type { AckData, ClientToServerEvents } from '@/lib/protocol/events';

type CatalogEvent = Extract<
  keyof ClientToServerEvents,
  `product:${string}` | `collection:${string}`
>;

export function useAdminCatalog(initial: AdminCatalog) {
  const [catalog, setCatalog] = useState(initial);
  const version = useRef(initial.version);

  const reload = useCallback(async () => {
    const next = await request(getSocket('agent'), 'catalog:admin-list', {});
    // Answers can overtake each other; the higher version is the newer catalog.
    if (next.version < version.current) return;
    version.current = next.version;
    setCatalog(next);
  }, []);

  useEffect(() => {
    const socket = getSocket('agent');
    const onUpdated = (update: CatalogUpdated) => {
      if (update.businessId === initial.businessId && update.version > version.current) {
        reload().catch(() => undefined);
      }
    };
    // A reconnect may have missed announcements.
    const onReconnect = () => void reload().catch(() => undefined);
    socket.on('catalog:updated', onUpdated);
    socket.io.on('reconnect', onReconnect);
    return () => {
      socket.off('catalog:updated', onUpdated);
      socket.io.off('reconnect', onReconnect);
    };
  }, [initial.businessId, reload]);

  /** Sends one change; the list is fetched again afterwards, so it shows what the store holds. */
  const change = useCallback(
    async <E extends CatalogEvent>(event: E, payload: unknown): Promise<AckData<E>> => {
      const data = await request(getSocket('agent'), event, payload);
      await reload().catch(() => undefined);
      return data;
    },
    [reload],
  );

  return { catalog, change };
}

export type ChangeCatalog = ReturnType<typeof useAdminCatalog>['change'];
