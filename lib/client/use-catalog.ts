'use client';
// The business's public catalog over HTTP (cacheable, and cached for offline use later).
import { useEffect, useState } from 'react';
import type { Catalog } from '../protocol/commerce.schema';
import type { Result } from '../protocol/errors';

export function useCatalog(businessSlug: string, enabled: boolean) {
  const [catalog, setCatalog] = useState<Catalog | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!enabled || catalog) return;
    const controller = new AbortController();
    fetch(`/api/businesses/${encodeURIComponent(businessSlug)}/catalog`, {
      signal: controller.signal,
    })
      .then((response) => response.json() as Promise<Result<Catalog>>)
      .then((result) => {
        if (result.ok) setCatalog(result.data);
        else setError(result.error.message);
      })
      .catch((reason: unknown) => {
        if (!controller.signal.aborted)
          setError(reason instanceof Error ? reason.message : String(reason));
      });
    return () => controller.abort();
  }, [businessSlug, enabled, catalog]);

  return { catalog, loading: enabled && !catalog && !error, error };
}
