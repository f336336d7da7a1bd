// Types for runtime-caching.js, which stays JavaScript because next.config.js loads it directly.
export interface RuntimeCachingRule {
  urlPattern: (context: { url: URL; request: Request; sameOrigin: boolean }) => boolean;
  handler: 'NetworkOnly' | 'NetworkFirst' | 'StaleWhileRevalidate' | 'CacheFirst';
  options: {
    cacheName?: string;
    networkTimeoutSeconds?: number;
    expiration?: { maxEntries?: number; maxAgeSeconds?: number };
    plugins?: Array<{
      cacheWillUpdate?: (param: {
        request: Request;
        response: Response;
      }) => Promise<Response | null>;
      cacheKeyWillBeUsed?: (param: { request: Request }) => Promise<string>;
    }>;
  };
}

export const runtimeCaching: RuntimeCachingRule[];
