'use client';
// The business's public catalog over HTTP (cacheable, and cached for offline use later), fetched
// again when the business changes it (catalog:updated) or after a reconnect that may have missed it.
// The device keeps the last one (./offline), shown when the network is not there.
import { useEffect, useState } from 'react';
import type { CatalogUpdated } from '../protocol/catalog-admin.schema';
import type { Catalog } from '../protocol/commerce.schema';
import type { Result } from '../protocol/errors';
import { loadOffline } from './offline/load';
import { getSocket } from './socket';

interface Wanted {
  /** The newest catalog version announced; 0 before any announcement. */
  version: number;
  /** Counts reconnects, each of which may have missed an announcement. */
  reload: number;
}

export function useCatalog(businessSlug: string, enabled: boolean) {
  const [loaded, setLoaded] = useState<{ catalog: Catalog; for: Wanted } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [wanted, setWanted] = useState<Wanted>({ version: 0, reload: 0 });

  useEffect(() => {
    if (!enabled) return;
    const socket = getSocket();
    const onUpdated = (update: CatalogUpdated) => {
      if (update.businessSlug !== businessSlug) return;
      setWanted((current) =>
        update.version > current.version ? { ...current, version: update.version } : current,
      );
    };
    const onReconnect = () => setWanted((current) => ({ ...current, reload: current.reload + 1 }));
    socket.on('catalog:updated', onUpdated);
    socket.io.on('reconnect', onReconnect);
    return () => {
      socket.off('catalog:updated', onUpdated);
      socket.io.off('reconnect', onReconnect);
    };
  }, [businessSlug, enabled]);

  useEffect(() => {
    if (!enabled || (loaded && loaded.for === wanted)) return;
    const controller = new AbortController();
    // A changed query string keeps the browser from answering with a cached older catalog.
    const fresh = wanted.version || wanted.reload ? `?v=${wanted.version}.${wanted.reload}` : '';
    fetch(`/api/businesses/${encodeURIComponent(businessSlug)}/catalog${fresh}`, {
      signal: controller.signal,
    })
      .then((response) => response.json() as Promise<Result<Catalog>>)
      .then(async (result) => {
        if (!result.ok) return setError(result.error.message);
        // The service worker answers this URL from its cache first (stale-while-revalidate), and
        // offline only from there: that copy can be older than the one this device kept since.
        const session = await loadOffline(businessSlug);
        const kept = await session?.cache.loadCatalog().catch(() => undefined);
        if (controller.signal.aborted) return;
        if (kept && kept.version > result.data.version && wanted.version < kept.version) {
          // Show the newer copy, and ask past the worker's cache for at least its version (with
          // no network that fails, and the device's copy stays).
          setLoaded({ catalog: kept, for: wanted });
          setWanted((current) => ({ ...current, version: kept.version }));
          return;
        }
        setLoaded({ catalog: result.data, for: wanted });
        void session?.cache.saveCatalog(result.data);
      })
      .catch(async (reason: unknown) => {
        if (controller.signal.aborted) return;
        // No network (or no answer): browse the copy this device kept, if it has one.
        const session = await loadOffline(businessSlug);
        const cached = await session?.cache.loadCatalog().catch(() => undefined);
        if (controller.signal.aborted) return;
        if (cached) setLoaded({ catalog: cached, for: wanted });
        else setError(reason instanceof Error ? reason.message : String(reason));
      });
    return () => controller.abort();
  }, [businessSlug, enabled, loaded, wanted]);

  const catalog = loaded?.catalog ?? null;
  return { catalog, loading: enabled && !catalog && !error, error };
}
